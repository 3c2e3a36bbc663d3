using Steward.Data.Portal;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Ingest;

/// <summary>
/// CPV codes in the words their publishers gave them (<c>cpv_names</c>, docs/store.md "CPV codes in words"): kept by
/// every import, the same whatever order files come in and on either engine.
/// </summary>
public sealed class CpvNameTests
{
    private const string Jan = "2025-01-10T09:00:00Z";

    private static string Tender(string ocid, string code, string? description, string scheme = "CPV")
    {
        var words = description is null ? string.Empty : $",\"description\":\"{description}\"";
        return Release(ocid, $"{ocid}-1", Jan, $"\"tender\":{{\"id\":\"t\",\"classification\":{{\"scheme\":\"{scheme}\",\"id\":\"{code}\"{words}}}}}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_NamesEachDescribedCode_BySmallestDescription_WhateverTheOrderOfFiles(string provider)
    {
        // Arrange: two files that describe 85311000 differently, imported in either order into two stores.
        var first = Lines(Tender("ocds-a-1", "85311000", "Social work services with accommodation"), Tender("ocds-a-2", "45233140", "  Roadworks "));
        var second = Lines(Tender("ocds-a-3", "85311000", "Residential care"), Tender("ocds-a-4", "90910000", "   "),
            Tender("ocds-a-5", "72212000", null), Tender("ocds-a-6", "03419100", "Timber products", scheme: "cpv"), Tender("ocds-a-7", "10101010", "A code of another scheme", scheme: "UNSPSC"));
        using var forwards = TestDatabase.Create(provider);
        using var backwards = TestDatabase.Create(provider);

        // Act
        ImportText(forwards, first, "first.jsonl");
        var afterFirst = CpvNames.Read(forwards.Target);
        ImportText(forwards, second, "second.jsonl");
        ImportText(backwards, second, "second.jsonl");
        ImportText(backwards, first, "first.jsonl");

        // Assert
        Assert.Equal("Social work services with accommodation", afterFirst["85311000"]);
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["85311000"] = "Residential care", // "R" sorts before "S"
            ["45233140"] = "Roadworks", // trimmed
            ["03419100"] = "Timber products", // the scheme in any case
        };
        Assert.Equal(expected.OrderBy(n => n.Key, StringComparer.Ordinal), CpvNames.Read(forwards.Target).OrderBy(n => n.Key, StringComparer.Ordinal));
        Assert.Equal(expected.OrderBy(n => n.Key, StringComparer.Ordinal), CpvNames.Read(backwards.Target).OrderBy(n => n.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void AFailedImport_LeavesTheNamesAsTheyWere(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        ImportText(database, Lines(Tender("ocds-a-1", "85311000", "Social work services with accommodation")));

        // Act: a file whose second line is not JSON is refused whole.
        Assert.Throws<Steward.Ocds.Reading.OcdsReadException>(() => ImportText(database, Tender("ocds-a-2", "85311000", "Care") + "\n{not json\n", "broken.jsonl"));

        // Assert
        Assert.Equal("Social work services with accommodation", Assert.Single(CpvNames.Read(database.Target)).Value);
    }
}
