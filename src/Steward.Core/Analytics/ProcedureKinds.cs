namespace Steward.Core.Analytics;

/// <summary>The four OCDS procurement methods (<c>tender.procurementMethod</c>), and "unknown" for anything else.</summary>
public static class ProcedureKinds
{
    public const string Open = "open";
    public const string Selective = "selective";
    public const string Limited = "limited";
    public const string Direct = "direct";
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> All = [Open, Selective, Limited, Direct, Unknown];

    /// <summary>The method's kind; a value outside the codelist, or none, is <see cref="Unknown"/>.</summary>
    public static string Of(string? method) => method?.Trim().ToLowerInvariant() switch
    {
        Open => Open,
        Selective => Selective,
        Limited => Limited,
        Direct => Direct,
        _ => Unknown,
    };

    /// <summary>
    /// Awarded without competition: <c>direct</c> (a Procurement Act 2023 direct award, PA 2023 s.41–43) or
    /// <c>limited</c> (the PCR 2015 negotiated procedure without prior publication, reg. 32).
    /// </summary>
    public static bool IsUncompeted(string? method) => Of(method) is Direct or Limited;
}
