using System.IO.Compression;
using System.Text;

namespace Steward.Web.Bidding;

/// <summary>
/// What a bid's attachment really is, read from its content rather than its name or the browser's claim: PDF, PNG,
/// JPEG, a Word document (.docx: a ZIP package holding <c>word/document.xml</c>) or plain UTF-8 text. Anything else
/// is refused, so evaluators are only ever handed documents of these kinds.
/// </summary>
public static class BidFileTypes
{
    /// <summary>The accepted kinds, in words, for hints and refusals.</summary>
    public const string Accepted = "PDF, PNG, JPEG, Word (.docx) or plain text";

    /// <summary>The file picker's filter (a convenience only: the content decides).</summary>
    public const string Accept = ".pdf,.png,.jpg,.jpeg,.docx,.txt,.csv";

    /// <summary>The kind the bytes are ("PDF", "Word document", …), or null for anything not accepted.</summary>
    public static string? Sniff(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("%PDF-"u8))
        {
            return "PDF";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "PNG";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG";
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return IsWordDocument(content) ? "Word document" : null;
        }

        return IsPlainText(bytes) ? "plain text" : null;
    }

    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Valid UTF-8 (a byte-order mark allowed) with no control characters but tab, line feed, carriage return and form feed.</summary>
    private static bool IsPlainText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return false;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
