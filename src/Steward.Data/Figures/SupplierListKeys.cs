namespace Steward.Data.Figures;

/// <summary>
/// The sort keys of the suppliers list's columns that may be missing (value awarded, scale, VCSE): one for each
/// direction, each putting a missing figure after every present one, so that a page in either direction is read from
/// one index in one query (ADR 0016). Text compares ignoring case (upper-cased), byte by byte.
/// </summary>
internal static class SupplierListKeys
{
    public static double Ascending(double? value) => value ?? double.MaxValue;

    public static double Descending(double? value) => value ?? -double.MaxValue;

    /// <summary>
    /// "0", the text upper-cased, U+0001 and the text as it is; "1" alone when missing: every present text sorts
    /// first, ignoring case, and each text has a key of its own (a filter on a scale is one key).
    /// </summary>
    public static string Ascending(string? text) => text is null ? "1" : $"0{text.ToUpperInvariant()}\u0001{text}";

    /// <summary>"1", the text upper-cased, U+0001 and the text; "0" alone when missing: highest first, missing last.</summary>
    public static string Descending(string? text) => text is null ? "0" : $"1{text.ToUpperInvariant()}\u0001{text}";

    /// <summary>No, yes, then missing.</summary>
    public static int Ascending(bool? flag) => flag switch { false => 0, true => 1, null => 2 };

    /// <summary>Yes, no, then missing, highest first.</summary>
    public static int Descending(bool? flag) => flag switch { true => 2, false => 1, null => 0 };
}
