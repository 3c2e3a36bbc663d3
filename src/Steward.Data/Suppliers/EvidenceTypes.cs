namespace Steward.Data.Suppliers;

/// <summary>
/// What an uploaded file really is, read from its first bytes (never from its name or the type the browser claimed):
/// the register takes PDF, PNG and JPEG documents only.
/// </summary>
public static class EvidenceTypes
{
    public const string Pdf = "application/pdf";

    public const string Png = "image/png";

    public const string Jpeg = "image/jpeg";

    /// <summary>The content type the bytes are, or null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? Pdf
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : null;

    /// <summary>The extension a download of that type is given.</summary>
    public static string Extension(string contentType) => contentType switch { Pdf => ".pdf", Png => ".png", _ => ".jpg" };

    /// <summary>The kinds of evidence (docs/suppliers.md, "Evidence").</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["accounts", "governing-document", "workforce-return", "register-extract"];
}
