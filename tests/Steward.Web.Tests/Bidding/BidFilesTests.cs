using System.IO.Compression;
using System.Text;
using Steward.Web.Bidding;

namespace Steward.Web.Tests.Bidding;

/// <summary>A bid's attachments: their kind read from the content, and their names made safe and unique.</summary>
public sealed class BidFilesTests
{
    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<xml/>");
            }
        }

        return buffer.ToArray();
    }

    public static TheoryData<string, byte[], string?> Contents => new()
    {
        { "pdf", "%PDF-1.7\n"u8.ToArray(), "PDF" },
        { "png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0], "PNG" },
        { "jpeg", [0xFF, 0xD8, 0xFF, 0xE0], "JPEG" },
        { "docx", Zip("[Content_Types].xml", "word/document.xml"), "Word document" },
        { "text with a BOM", [0xEF, 0xBB, 0xBF, .. "Tîm gofal: 12 o bobl\r\n"u8.ToArray()], "plain text" },
        { "csv", "measure,quantity\nlocal-hires,12\n"u8.ToArray(), "plain text" },
        { "a zip that is not a Word document", Zip("payload.exe"), null },
        { "a broken zip", "PK\u0003\u0004 not really"u8.ToArray(), null },
        { "a Windows program", [(byte)'M', (byte)'Z', 0x90, 0x00], null },
        { "text that is not UTF-8", [0x66, 0x6F, 0xFF, 0xFE], null },
        { "empty", [], null },
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void Sniff_ReadsTheContent_NotTheName(string what, byte[] content, string? kind) =>
        Assert.True(kind == BidFileTypes.Sniff(content), $"{what}: expected {kind ?? "refused"}, got {BidFileTypes.Sniff(content) ?? "refused"}");

    [Theory]
    [InlineData("plan.pdf", "plan.pdf")]
    [InlineData("C:\\Users\\bid\\plan.pdf", "plan.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("  \u0007bell.txt ", "bell.txt")]
    [InlineData("", "attachment")]
    public void Safe_KeepsOnlyTheFileName(string uploaded, string expected) => Assert.Equal(expected, BidFileNames.Safe(uploaded, []));

    [Fact]
    public void Safe_NumbersASecondFileOfTheSameName_AndKeepsLongNamesWithinTheLimit()
    {
        // Arrange
        var taken = new[] { "plan.pdf", "plan (2).pdf" };
        var long_ = new string('a', 300) + ".pdf";

        // Act
        var third = BidFileNames.Safe("plan.pdf", taken);
        var shortened = BidFileNames.Safe(long_, []);

        // Assert
        Assert.Equal("plan (3).pdf", third);
        Assert.Equal(BidFileNames.MaxLength, shortened.Length);
        Assert.EndsWith(".pdf", shortened, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(shortened), shortened.Length);
    }
}
