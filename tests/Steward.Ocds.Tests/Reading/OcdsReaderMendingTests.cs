using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Steward.Ocds.Reading;

namespace Steward.Ocds.Tests.Reading;

/// <summary>What the reader mends, with a warning naming the place: bytes that are not UTF-8, half surrogate pairs, repeated keys.</summary>
public sealed class OcdsReaderMendingTests
{
    [Theory]
    [InlineData("""{"ocid":"a","id":"1","tender":{"title":"x\ud800y"}}""", "tender/title")]
    [InlineData("""{"ocid":"a","id":"1","tender":{"title":"\udc00"}}""", "tender/title")]
    [InlineData("""{"ocid":"a","id":"1","parties":[{"name":"\ud800\ud800"}]}""", "parties/0/name")]
    [InlineData("""{"ocid":"a","id":"1","tender":{"\ud800":1}}""", "tender")]
    public void Read_LoneSurrogateEscape_IsReadAsReplacementWithAWarning(string json, string path)
    {
        // Act
        var (values, warnings) = ReadAll(json);

        // Assert
        var warning = Assert.Single(warnings);
        Assert.Equal("lone-surrogate", warning.Code);
        Assert.Equal(path, warning.JsonPath);
        Assert.Equal("input.json", warning.Location!.Source);
        Assert.Equal(1, warning.Location.Line);
        Assert.Contains("\uFFFD", values[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SurrogatePairEscape_IsLeftAlone()
    {
        // Act
        var (values, warnings) = ReadAll("""{"ocid":"a","id":"1","title":"\ud83d\ude00 \\ud800"}""");

        // Assert
        Assert.Empty(warnings);
        using var release = JsonDocument.Parse(values[0]);
        Assert.Equal("😀 \\ud800", release.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Read_InvalidUtf8InAPackage_IsReplacedWithAWarningNamingLineAndPath()
    {
        // Arrange
        var head = Encoding.UTF8.GetBytes("{\"releases\":[\n{\"ocid\":\"a\",\"id\":\"1\"},\n{\"ocid\":\"b\",\"id\":\"2\",\"title\":\"caf");
        var bytes = head.Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\"}\n]}")).ToArray();

        // Act
        var (values, warnings) = ReadAll(bytes);

        // Assert
        var warning = Assert.Single(warnings);
        Assert.Equal("invalid-utf8", warning.Code);
        Assert.Equal(3, warning.Location!.Line);
        Assert.Equal("releases/1/title", warning.JsonPath);
        Assert.Contains("caf\uFFFD", values[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedKey_KeepsTheLastValueWithAWarning()
    {
        // Act
        var (values, warnings) = ReadAll("{\"ocid\":\"a\",\"id\":\"1\",\n\"tender\":{\"title\":\"first\",\n\"title\":\"last\"}}");

        // Assert
        var warning = Assert.Single(warnings);
        Assert.Equal("duplicate-key", warning.Code);
        Assert.Equal("tender/title", warning.JsonPath);
        Assert.Equal(3, warning.Location!.Line); // where the key comes again
        Assert.Contains("\"last\"", values[0], StringComparison.Ordinal);
        Assert.DoesNotContain("first", values[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedKeyInAStreamedPackage_NamesTheRelease()
    {
        // Arrange: a package larger than the document limit is streamed release by release.
        var releases = string.Join(",\n", Enumerable.Range(0, 40).Select(i => $"{{\"ocid\":\"o-{i}\",\"id\":\"{i}\",\"date\":\"x\",\"date\":\"y\"}}"));
        var options = new OcdsReaderOptions { MaxDocumentBytes = 256, ReadChunkBytes = 128 };

        // Act
        var (values, warnings) = ReadAll($"{{\"releases\":[\n{releases}]}}", options);

        // Assert
        Assert.Equal(40, values.Count);
        Assert.Equal(40, warnings.Count);
        Assert.Equal("releases/3/date", warnings[3].JsonPath);
        Assert.Equal(5, warnings[3].Location!.Line);
    }

    [Fact]
    public void Read_ManyRepairsInOneValue_ListsFiveAndCountsTheRest()
    {
        // Arrange
        var fields = string.Join(",", Enumerable.Range(0, 12).Select(i => $"\"f{i}\":\"\\ud800\""));

        // Act
        var (_, warnings) = ReadAll($"{{\"ocid\":\"a\",{fields}}}");

        // Assert
        Assert.Equal(6, warnings.Count);
        Assert.Contains("7 more", warnings[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, (byte)'{', 0, 0, 0 }, "UTF-32")]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, (byte)'{', 0, 0, 0, (byte)'}' }, "UTF-32")]
    [InlineData(new byte[] { (byte)'{', 0, 0, 0, (byte)'}', 0, 0, 0 }, "UTF-32")]
    [InlineData(new byte[] { (byte)'{', 0, (byte)'}', 0 }, "UTF-16")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'{' }, "UTF-16")]
    public void Read_WideEncodings_AreNamed(byte[] bytes, string encoding)
    {
        // Act
        var error = Assert.Throws<OcdsReadException>(() => ReadAll(bytes));

        // Assert
        Assert.Contains($"is {encoding} text", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GzipCutInItsFirstBlock_SaysTruncatedGzipWithItsCompressedPlace()
    {
        // Arrange: the cut falls on a line boundary of the decompressed text, where only gzip can tell.
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => $"{{\"ocid\":\"ocds-a-{i}\",\"id\":\"{i}\"}}\n"));
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        var cut = compressed.ToArray()[..40];

        // Act
        var error = Assert.Throws<OcdsReadException>(() => ReadAll(cut));

        // Assert
        Assert.Contains("gzip data is truncated or corrupt", error.Problem, StringComparison.Ordinal);
        Assert.Contains("40 bytes of gzip", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReleaseOverTheLimitInASmallDocument_IsRefusedWithItsPath()
    {
        // Arrange: the package is parsed whole, but one release in it is over the release limit.
        var big = new string('z', 5000);
        var options = new OcdsReaderOptions { MaxValueBytes = 4096 };

        // Act
        var error = Assert.Throws<OcdsReadException>(() => ReadAll($"{{\"releases\":[{{\"ocid\":\"a\"}},\n{{\"ocid\":\"b\",\"d\":\"{big}\"}}]}}", options));

        // Assert
        Assert.Contains("releases[1] is larger than 4,096 bytes", error.Problem, StringComparison.Ordinal);
        Assert.Contains("--max-release-mb", error.Problem, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static (List<string> Values, List<OcdsProblem> Warnings) ReadAll(string text, OcdsReaderOptions? options = null) =>
        ReadAll(Encoding.UTF8.GetBytes(text), options);

    private static (List<string> Values, List<OcdsProblem> Warnings) ReadAll(byte[] bytes, OcdsReaderOptions? options = null)
    {
        var warnings = new List<OcdsProblem>();
        using var reader = new OcdsReader(OcdsInput.Decode(new MemoryStream(bytes)), "input.json", options) { OnWarning = warnings.Add };
        var values = new List<string>();
        while (reader.Read() is { } next)
        {
            if (next.Kind is OcdsEventKind.Release or OcdsEventKind.Record)
            {
                values.Add(JsonSerializer.Serialize(next.Value, Relaxed));
            }
        }

        return (values, warnings);
    }
}
