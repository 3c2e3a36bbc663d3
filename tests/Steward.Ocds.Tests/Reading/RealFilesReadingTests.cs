using Steward.Ocds.Reading;
using Steward.Testing;

namespace Steward.Ocds.Tests.Reading;

/// <summary>Every real file in ../shared/data/ocds, with the counts its README states.</summary>
public sealed class RealFilesReadingTests
{
    [Theory]
    [InlineData("contracts-finder/cf-legacy_2014-12_to_2015-02_ocds-1.0_packages.jsonl", 200, 200, OcdsShape.ReleasePackage)]
    [InlineData("contracts-finder/cf_2017-11_to_2020-04_awarded_packages_via-mysociety-bluetail.jsonl", 100, 100, OcdsShape.ReleasePackage)]
    [InlineData("contracts-finder/cf_2025-01-20T23_to_2025-01-23T23_page1.json", 100, 1, OcdsShape.ReleasePackage)]
    [InlineData("devolved/pcs-scotland_2019-03_to_2019-04_releases.jsonl", 90, 90, OcdsShape.Release)]
    [InlineData("devolved/sell2wales_2025-02_releases.jsonl", 89, 89, OcdsShape.Release)]
    [InlineData("fts/fts_032703-2026_UK4-tender_2026-04-10.json", 1, 1, OcdsShape.ReleasePackage)]
    [InlineData("fts/fts_037689-2026_planning_2026-04-24.json", 1, 1, OcdsShape.ReleasePackage)]
    [InlineData("fts/fts_2021-07_to_2021-09_PCR2015_tender-releases_part-A.json", 5, 1, OcdsShape.Array)]
    [InlineData("fts-pa2023/2026-09-03-p001.json", 5, 1, OcdsShape.ReleasePackage)]
    [InlineData("fts-pa2023/2026-09-03-p002.json", 3, 1, OcdsShape.ReleasePackage)]
    [InlineData("fts-pa2023/083685-2026.json", 1, 1, OcdsShape.ReleasePackage)]
    [InlineData("fts-pa2023/_noid-2026-09-03-p001-000.json", 1, 1, OcdsShape.ReleasePackage)]
    [InlineData("other-publishers/au-nsw-etendering_2017-11_to_2018-01_packages.jsonl", 10, 10, OcdsShape.ReleasePackage)]
    [InlineData("other-publishers/py-dncp_release-package_1.1-2.json", 1, 1, OcdsShape.ReleasePackage)]
    public void Read_RealFile_FindsEveryRelease(string file, int releases, int documents, OcdsShape shape)
    {
        // Arrange
        using var reader = OcdsReader.Open(SharedData.Ocds(file));

        // Act
        var seen = ReaderHarness.Drain(reader);

        // Assert
        Assert.Equal(releases, seen.Count(s => s.Kind == OcdsEventKind.Release));
        Assert.Equal(documents, reader.DocumentCount);
        Assert.All(seen, s => Assert.Equal(shape, s.Shape));
    }

    [Fact]
    public void Read_RecordPackage_FindsBothRecords()
    {
        // Arrange
        using var reader = OcdsReader.Open(SharedData.Ocds("other-publishers/mx-sfp_record-package-1-2.json"));

        // Act
        var seen = ReaderHarness.Drain(reader);

        // Assert
        Assert.Equal(2, seen.Count(s => s.Kind == OcdsEventKind.Record));
    }

    [Fact]
    public void Read_EveryRealFile_ReadsWithoutError()
    {
        // Arrange
        var folder = SharedData.Require("ocds");
        var files = Directory.EnumerateFiles(folder, "*.json*", SearchOption.AllDirectories).Order().ToList();
        var releases = 0;

        // Act
        foreach (var file in files)
        {
            using var reader = OcdsReader.Open(file);
            releases += ReaderHarness.Drain(reader).Count(s => s.Kind == OcdsEventKind.Release);
        }

        // Assert: the READMEs count 599 releases in 11 files, 2 of them inside the Mexican records (read as
        // records, not releases), and 15 release objects in the 9 files of fts-pa2023.
        Assert.Equal(11 + 9, files.Count);
        Assert.Equal(599 - 2 + 15, releases);
    }
}
