using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

public class DuplicateProcessesTests
{
    private static readonly DateOnly Awarded = new(2019, 3, 21);

    private static DuplicateCandidate Candidate(string ocid, string? publisher = "ocds-b5fd17", string? buyer = "name:cambridgeshire county council",
        string title = "children s external placements dps", double? tender = null, double[]? awards = null, DateOnly[]? days = null, int published = 1) =>
        new(ocid, publisher, buyer, title, tender, awards ?? [470_184_791], days ?? [Awarded], new DateTime(2019, 1, published, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Find_TheSameBuyerTitleValueAndDay_IsOneProcess_KeptUnderTheFirstPublished()
    {
        var matches = DuplicateProcesses.Find([Candidate("b", published: 4), Candidate("a", published: 2, days: [new DateOnly(2019, 2, 6), Awarded])]);
        var match = Assert.Single(matches);
        Assert.Equal(("b", "a"), (match.Ocid, match.DuplicateOf));
        Assert.Contains("£470,184,791", match.Reason, StringComparison.Ordinal);
        Assert.Contains("2019-03-21", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_FindATendersCopy_IsKeptOverContractsFinders() =>
        Assert.Equal("fts", Assert.Single(DuplicateProcesses.Find([Candidate("cf", published: 1), Candidate("fts", "ocds-h6vhtk", published: 9)])).DuplicateOf);

    [Theory]
    [InlineData("other buyer", null, null)]
    [InlineData(null, "another title", null)]
    [InlineData(null, null, 470_000_000.0)]
    public void Find_ADifferentBuyerTitleOrValue_IsNoMatch(string? buyer, string? title, double? value) =>
        Assert.Empty(DuplicateProcesses.Find([Candidate("a"), Candidate("b", buyer: buyer ?? "name:cambridgeshire county council",
            title: title ?? "children s external placements dps", awards: value is { } v ? [v] : null)]));

    [Fact]
    public void Find_NoSharedDay_OrNoValue_IsNoMatch()
    {
        Assert.Empty(DuplicateProcesses.Find([Candidate("a"), Candidate("b", days: [new DateOnly(2020, 1, 1)])]));
        Assert.Empty(DuplicateProcesses.Find([Candidate("a", awards: []), Candidate("b", awards: [])]));
    }

    [Fact]
    public void TitleKey_IgnoresCaseAndPunctuation() =>
        Assert.Equal("children s external placements dps", DuplicateProcesses.TitleKey("Children’s External Placements — DPS"));
}
