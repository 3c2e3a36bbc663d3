using System.IO.Compression;
using System.Text;
using Steward.Ocds.Reading;
using static Steward.Ocds.Tests.Reading.ReaderHarness;

namespace Steward.Ocds.Tests.Reading;

public sealed class OcdsReaderShapeTests
{
    private const string Release1 = """{"ocid":"ocds-a-1","id":"r1","date":"2024-01-01T00:00:00Z","tag":["tender"]}""";
    private const string Release2 = """{"ocid":"ocds-a-2","id":"r2","date":"2024-01-02T00:00:00Z","tag":["award"]}""";

    [Fact]
    public void Read_ReleasePackage_YieldsFieldsAndReleasesInOrder()
    {
        // Arrange
        var package = $$"""{"uri":"u","version":"1.1","releases":[{{Release1}},{{Release2}}],"publishedDate":"2024-02-01T00:00:00Z"}""";

        // Act
        var seen = Read(package);

        // Assert
        Assert.Equal(
            [OcdsEventKind.DocumentStart, OcdsEventKind.PackageField, OcdsEventKind.PackageField, OcdsEventKind.Release,
                OcdsEventKind.Release, OcdsEventKind.PackageField, OcdsEventKind.DocumentEnd],
            seen.Select(s => s.Kind));
        Assert.All(seen, s => Assert.Equal(OcdsShape.ReleasePackage, s.Shape));
        Assert.Equal(["uri", "version", "publishedDate"], seen.Where(s => s.Name is not null).Select(s => s.Name));
        Assert.Equal(["releases[0]", "releases[1]"], seen.Where(s => s.Kind == OcdsEventKind.Release).Select(s => s.Path));
    }

    [Fact]
    public void Read_RecordPackage_YieldsRecords()
    {
        // Arrange
        var package = $$"""{"records":[{"ocid":"ocds-a-1","releases":[{{Release1}}]}],"version":"1.1"}""";

        // Act
        var seen = Read(package);

        // Assert
        var record = Assert.Single(seen, s => s.Kind == OcdsEventKind.Record);
        Assert.Equal(OcdsShape.RecordPackage, record.Shape);
        Assert.Equal("records[0]", record.Path);
    }

    [Theory]
    [InlineData(Release1, OcdsShape.Release, OcdsEventKind.Release)]
    [InlineData("""{"ocid":"ocds-a-1","compiledRelease":{"ocid":"ocds-a-1"}}""", OcdsShape.Record, OcdsEventKind.Record)]
    [InlineData("""{"releases":[{"url":"x","date":"2020-01-01T00:00:00Z"}],"ocid":"ocds-a-1"}""", OcdsShape.Record, OcdsEventKind.Record)]
    public void Read_SingleObject_IsDetectedFromItsKeys(string json, OcdsShape shape, OcdsEventKind kind)
    {
        // Act
        var seen = Read(json);

        // Assert
        Assert.Equal([OcdsEventKind.DocumentStart, kind, OcdsEventKind.DocumentEnd], seen.Select(s => s.Kind));
        Assert.All(seen, s => Assert.Equal(shape, s.Shape));
    }

    [Fact]
    public void Read_ArrayOfReleases_StreamsEachElement()
    {
        // Arrange
        var array = $"[\n {Release1},\n {Release2}\n]";

        // Act
        var seen = Read(array);

        // Assert
        var releases = seen.Where(s => s.Kind == OcdsEventKind.Release).ToList();
        Assert.Equal(2, releases.Count);
        Assert.Equal(["[0]", "[1]"], releases.Select(r => r.Path));
        Assert.Equal([2L, 3L], releases.Select(r => r.Line));
        Assert.All(seen, s => Assert.Equal(OcdsShape.Array, s.Shape));
    }

    [Fact]
    public void Read_JsonLines_GivesEachLineItsOwnDocumentAndLineNumber()
    {
        // Arrange
        var lines = $"{Release1}\n{Release2}\r\n\n{{\"releases\":[{Release1}]}}\n";

        // Act
        var seen = Read(lines);

        // Assert
        var releases = seen.Where(s => s.Kind == OcdsEventKind.Release).ToList();
        Assert.Equal([1L, 2L, 4L], releases.Select(r => r.Line));
        Assert.Equal([0, 1, 2], releases.Select(r => r.Document));
        Assert.Equal([OcdsShape.Release, OcdsShape.Release, OcdsShape.ReleasePackage], releases.Select(r => r.Shape));
    }

    [Fact]
    public void Read_ManyJsonLinesAcrossBatchesAndBuffers_KeepTheirLinesAndOffsets()
    {
        // Arrange: enough lines to fill several parse batches and several reads of the input.
        var lines = Enumerable.Range(0, 3000)
            .Select(i => $$"""{"ocid":"ocds-a-{{i}}","id":"{{i}}","date":"2024-01-01T00:00:00Z","description":"{{new string('d', i % 700)}}"}""")
            .ToList();
        var text = string.Join("\n", lines) + "\n";
        var options = new OcdsReaderOptions { ReadChunkBytes = 64 * 1024 };

        // Act
        var releases = Read(text, options).Where(s => s.Kind == OcdsEventKind.Release).ToList();

        // Assert
        Assert.Equal(3000, releases.Count);
        var offset = 0L;
        for (var i = 0; i < releases.Count; i++)
        {
            Assert.Equal(i + 1, releases[i].Line);
            Assert.Equal(offset, releases[i].Offset);
            Assert.Equal(lines[i], releases[i].Json);
            offset += Encoding.UTF8.GetByteCount(lines[i]) + 1;
        }
    }

    [Fact]
    public void Read_ConcatenatedPrettyPrintedDocuments_AreReadOneAfterAnother()
    {
        // Arrange
        var text = $"{{\n  \"releases\": [\n    {Release1}\n  ]\n}}\n{{\n  \"releases\": [{Release2}]\n}}";

        // Act
        var seen = Read(text);

        // Assert
        var releases = seen.Where(s => s.Kind == OcdsEventKind.Release).ToList();
        Assert.Equal(2, releases.Count);
        Assert.Equal([3L, 7L], releases.Select(r => r.Line));
    }

    [Fact]
    public void Read_Gzip_IsDetectedFromContentNotName()
    {
        // Arrange
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes($"{Release1}\n{Release2}\n"));
        }

        // Act
        var seen = Read(compressed.ToArray());

        // Assert
        Assert.Equal(2, seen.Count(s => s.Kind == OcdsEventKind.Release));
    }

    [Fact]
    public void Read_ByteOrderMark_IsSkipped()
    {
        // Arrange
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Release1)).ToArray();

        // Act
        var seen = Read(bytes);

        // Assert
        Assert.Single(seen, s => s.Kind == OcdsEventKind.Release);
    }

    [Fact]
    public void Read_PackageLargerThanDocumentLimit_IsStreamedWithFieldsBeforeAndAfter()
    {
        // Arrange
        var releases = string.Join(",\n", Enumerable.Range(0, 200).Select(i =>
            $$"""{"ocid":"ocds-a-{{i}}","id":"r{{i}}","date":"2024-01-01T00:00:00Z","tag":["tender"],"description":"{{new string('x', 100)}}"}"""));
        var package = $"{{\"uri\":\"u\",\"releases\":[\n{releases}\n],\"version\":\"1.1\"}}";
        var options = new OcdsReaderOptions { MaxDocumentBytes = 4096, ReadChunkBytes = 1024 };

        // Act
        var seen = Read(package, options);

        // Assert
        var found = seen.Where(s => s.Kind == OcdsEventKind.Release).ToList();
        Assert.Equal(200, found.Count);
        Assert.Equal("releases[199]", found[^1].Path);
        Assert.Equal(201L, found[^1].Line);
        Assert.Contains("ocds-a-199", found[^1].Json, StringComparison.Ordinal);
        Assert.Equal(["uri", "version"], seen.Where(s => s.Kind == OcdsEventKind.PackageField).Select(s => s.Name));
        Assert.Equal(OcdsEventKind.DocumentEnd, seen[^1].Kind);
    }

    [Fact]
    public void Read_RecordLargerThanDocumentLimitWithOcidFirst_IsReadWhole()
    {
        // Arrange
        var releases = string.Join(",", Enumerable.Range(0, 50).Select(i =>
            $$"""{"ocid":"ocds-a-1","id":"r{{i}}","date":"2024-01-01T00:00:00Z","tag":["tender"],"description":"{{new string('y', 100)}}"}"""));
        var record = $"{{\"ocid\":\"ocds-a-1\",\"releases\":[{releases}]}}";
        var options = new OcdsReaderOptions { MaxDocumentBytes = 1024, ReadChunkBytes = 512 };

        // Act
        var seen = Read(record, options);

        // Assert
        var found = Assert.Single(seen, s => s.Kind == OcdsEventKind.Record);
        Assert.Equal(OcdsShape.Record, found.Shape);
        Assert.Contains("\"r49\"", found.Json, StringComparison.Ordinal);
    }
}
