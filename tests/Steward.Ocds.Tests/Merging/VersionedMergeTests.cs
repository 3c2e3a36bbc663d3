using static Steward.Ocds.Tests.Merging.MergeHarness;

namespace Steward.Ocds.Tests.Merging;

public sealed class VersionedMergeTests
{
    private const string Jan = "2024-01-01T00:00:00Z";
    private const string Feb = "2024-02-01T00:00:00Z";
    private const string Mar = "2024-03-01T00:00:00Z";

    [Fact]
    public void Merge_Versioned_AddsAVersionOnlyWhenTheValueChanges()
    {
        // Act
        var (versioned, _) = Version(
            Release("r1", Jan, """ "tender":{"title":"A","status":"active"} """),
            Release("r2", Feb, """ "tender":{"title":"A","status":"complete"} """),
            Release("r3", Mar, """ "tender":{"title":"B"} """));

        // Assert
        var title = versioned["tender"]!["title"]!.AsArray();
        Assert.Equal(["r1", "r3"], title.Select(v => (string?)v!["releaseID"]));
        Assert.Equal(["A", "B"], title.Select(v => (string?)v!["value"]));
        Assert.Equal(Mar, (string?)title[1]!["releaseDate"]);
        Assert.Equal("tender", (string?)title[1]!["releaseTag"]![0]);
        Assert.Equal(2, versioned["tender"]!["status"]!.AsArray().Count);
    }

    [Fact]
    public void Merge_Versioned_RecordsNulls()
    {
        // Act
        var (versioned, _) = Version(
            Release("r1", Jan, """ "tender":{"title":"A"} """),
            Release("r2", Feb, """ "tender":{"title":null} """));

        // Assert
        var title = versioned["tender"]!["title"]!.AsArray();
        Assert.Equal(2, title.Count);
        Assert.Null(title[1]!["value"]);
    }

    [Fact]
    public void Merge_Versioned_KeepsArrayItemIdsPlainAndOmitsReleaseMetadata()
    {
        // Act
        var (versioned, _) = Version(
            Release("r1", Jan, """ "awards":[{"id":"a","status":"pending"}] """),
            Release("r2", Feb, """ "awards":[{"id":"a","status":"active"}] """));

        // Assert
        var award = Assert.Single(versioned["awards"]!.AsArray());
        Assert.Equal("a", (string?)award!["id"]);
        Assert.Equal(2, award["status"]!.AsArray().Count);
        Assert.Equal("ocds-a-1", (string?)versioned["ocid"]);
        Assert.False(versioned.ContainsKey("id"));
        Assert.False(versioned.ContainsKey("date"));
        Assert.False(versioned.ContainsKey("tag"));
    }

    [Fact]
    public void Merge_VersionedNullOnObject_NullsEveryValueBelow()
    {
        // Act
        var (versioned, _) = Version(
            Release("r1", Jan, """ "planning":{"rationale":"R","budget":{"description":"B"}} """),
            Release("r2", Feb, """ "planning":null """));

        // Assert
        Assert.Null(versioned["planning"]!["rationale"]![1]!["value"]);
        Assert.Null(versioned["planning"]!["budget"]!["description"]![1]!["value"]);
    }
}
