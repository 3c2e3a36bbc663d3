using System.IO.Compression;
using System.Text;
using Steward.Ocds.Reading;
using static Steward.Ocds.Tests.Reading.ReaderHarness;

namespace Steward.Ocds.Tests.Reading;

public sealed class OcdsReaderBadInputTests
{
    [Fact]
    public void Read_MalformedJson_NamesLineAndByte()
    {
        // Arrange
        const string text = "{\"ocid\":\"ocds-a-1\",\n \"id\": }";

        // Act
        var error = Fails(text);

        // Assert
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(text.IndexOf('}', StringComparison.Ordinal), error.Location.ByteOffset);
        Assert.StartsWith("invalid JSON", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("input.json:2 (byte ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedLineInJsonLines_NamesThatLine()
    {
        // Arrange
        const string text = "{\"ocid\":\"a\"}\n{\"ocid\":\"b\"}\n{\"ocid\":\"c\",}\n{\"ocid\":\"d\"}\n";

        // Act
        var error = Fails(text);

        // Assert
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("invalid JSON", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedJson_SaysTheInputEndsEarly()
    {
        // Act
        var error = Fails("{\"releases\":[{\"ocid\":\"a\",\"id\":\"1\"}");

        // Assert
        Assert.Contains("truncated", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedGzip_SaysSoAndLosesNoEarlierEvents()
    {
        // Arrange
        var lines = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"ocid\":\"ocds-a-{i}\",\"id\":\"{i}\",\"date\":\"2024-01-01T00:00:00Z\"}}\n"));
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(lines));
        }

        var truncated = compressed.ToArray()[..(int)(compressed.Length / 2)];
        using var reader = new OcdsReader(OcdsInput.Decode(new MemoryStream(truncated)), "input.json.gz");
        var releases = 0;

        // Act
        var error = Assert.Throws<OcdsReadException>(() =>
        {
            while (reader.Read() is { } next)
            {
                releases += next.Kind == OcdsEventKind.Release ? 1 : 0;
            }
        });

        // Assert
        Assert.True(releases > 0, "the releases before the cut are read");
        Assert.Matches("truncated|corrupt", error.Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n")]
    public void Read_EmptyInput_SaysItIsEmpty(string text)
    {
        // Act
        var error = Fails(text);

        // Assert
        Assert.Contains("empty", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"not a release","value":3}""", "`name`")]
    [InlineData("{}", "no keys")]
    [InlineData("42", "a number")]
    [InlineData("\"text\"", "a string")]
    [InlineData("[1, 2]", "[0] is a number")]
    [InlineData("""[{"releases":[]}]""", "[0] is a release package")]
    public void Read_JsonThatIsNotOcds_SaysWhatItIs(string text, string expected)
    {
        // Act
        var error = Fails(text);

        // Assert
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"releases": 5}""", "`releases` is a number")]
    [InlineData("""{"releases": [{"ocid":"a"}, "oops"]}""", "releases[1] is a string")]
    [InlineData("""{"records": [true]}""", "records[0] is a boolean")]
    public void Read_WrongTypes_NameThePath(string text, string expected)
    {
        // Act
        var error = Fails(text);

        // Assert
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf16_IsRefusedClearly()
    {
        // Act
        var error = Fails(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray());

        // Assert
        Assert.Contains("UTF-16", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReleaseLargerThanValueLimit_IsAnErrorNotAnOutOfMemory()
    {
        // Arrange
        var text = $"{{\"ocid\":\"a\",\"description\":\"{new string('z', 20_000)}\"}}";
        var options = new OcdsReaderOptions { MaxDocumentBytes = 1024, MaxValueBytes = 4096, ReadChunkBytes = 512 };

        // Act
        var error = Fails(text, options);

        // Assert
        Assert.Contains("`description` is larger than", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OneGigabyteSingleLine_FailsWithinTheValueLimit()
    {
        // Arrange: a 1 GiB line, generated on the fly, that is one release with one enormous string.
        using var reader = new OcdsReader(new GiantLineStream(1L << 30), "giant.jsonl");

        // Act
        var error = Assert.Throws<OcdsReadException>(() => reader.Read());

        // Assert
        Assert.Contains("is larger than 16 MB", error.Problem, StringComparison.Ordinal);
        Assert.Equal(1, error.Location.Line);
        Assert.True(reader.BytesRead < 1L << 30, "the reader stops at its limit instead of reading the whole line");
    }

    /// <summary><c>{"ocid":"a","description":"zzzz…"}</c> of a given length, without holding it in memory.</summary>
    private sealed class GiantLineStream(long length) : Stream
    {
        private static readonly byte[] Head = Encoding.UTF8.GetBytes("{\"ocid\":\"a\",\"description\":\"");
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < Head.Length ? Head[at] : at >= length - 2 ? (at == length - 2 ? (byte)'"' : (byte)'}') : (byte)'z';
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
