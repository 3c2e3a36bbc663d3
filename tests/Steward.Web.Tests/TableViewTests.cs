using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Steward.Web.Tables;

namespace Steward.Web.Tests;

/// <summary>A long list a page at a time: text and column filters, sorting with missing figures last, pages clamped, links that keep the rest of the query.</summary>
public sealed class TableViewTests
{
    /// <summary>20,000 buyers: every third is a school in the North East; every tenth has no figure published.</summary>
    private static readonly PortalTable Buyers = new("buyers", "Buyers", [
        new("Buyer", "buyerName"), new("Type", "buyerTypeName") { Filter = true }, new("Region", "regionName") { Filter = true },
        new("Value awarded", "awardValue", ColumnFormat.Money), new("Buyer id", "buyerId")],
        [.. Enumerable.Range(0, 20_000).Select(i => (IReadOnlyList<object?>)[
            string.Create(CultureInfo.InvariantCulture, $"Buyer {i:00000}"), i % 3 == 0 ? "School" : "Local authority", i % 3 == 0 ? "North East (England)" : "London",
            i % 10 == 0 ? null : (double)(i % 997), string.Create(CultureInfo.InvariantCulture, $"GB-PPON-{i:00000}")])]);

    private static TableView View(params (string Key, string Value)[] query) =>
        TableView.For(Buyers, new QueryCollection(query.ToDictionary(q => q.Key, q => new StringValues(q.Value), StringComparer.Ordinal)));

    [Fact]
    public void For_NoQuery_GivesTheFirstPageInTheTablesOwnOrder()
    {
        // Act
        var view = View();

        // Assert
        Assert.Equal((50, 20_000, 1, 400), (view.Rows.Count, view.Matching, view.Page, view.Pages));
        Assert.Equal("Buyer 00000", view.Rows[0][0]);
        Assert.False(view.Filtered);
    }

    [Fact]
    public void For_TextAndAColumnFilter_KeepOnlyRowsMatchingBoth()
    {
        // Act: part of an identifier, in another case, among the schools.
        var view = View(("buyers-q", "ppon-0001"), ("buyers-buyerTypeName", "School"));

        // Assert: GB-PPON-00010 … 00019 hold "ppon-0001"; of them 00012, 00015 and 00018 are schools.
        Assert.Equal(["Buyer 00012", "Buyer 00015", "Buyer 00018"], view.Rows.Select(r => (string)r[0]!));
        Assert.Equal(3, view.Matching);
        Assert.True(view.Filtered);
    }

    [Fact]
    public void For_Text_MatchesWithinOneCell_OnceARow_FirstAndLastRowsToo_AndKeepsASortedOrder()
    {
        // Act
        var first = View(("buyers-q", "Buyer 00000"));
        var last = View(("buyers-q", "gb-ppon-19999"));
        var acrossCells = View(("buyers-q", "00019gb"));
        var acrossRows = View(("buyers-q", "00000buyer"));
        var zeros = View(("buyers-q", "0"));
        var sorted = View(("buyers-q", "ppon-001"), ("buyers-sort", "awardValue"), ("buyers-dir", "desc"));

        // Assert: a cell's text ends at its cell and a row's at its row, and a row with many hits is one match.
        Assert.Equal(["Buyer 00000"], first.Rows.Select(r => (string)r[0]!));
        Assert.Equal(["Buyer 19999"], last.Rows.Select(r => (string)r[0]!));
        Assert.Equal(0, acrossCells.Matching);
        Assert.Equal(0, acrossRows.Matching);
        Assert.Equal(Buyers.Rows.Count(r => ((string)r[0]!).Contains('0', StringComparison.Ordinal)), zeros.Matching);
        Assert.Equal(100, sorted.Matching);
        Assert.Equal(Buyers.Rows.Where(r => ((string)r[4]!).Contains("PPON-001", StringComparison.Ordinal) && r[3] is not null)
            .OrderByDescending(r => (double)r[3]!).Take(50).Select(r => r[0]), sorted.Rows.Select(r => r[0]));
    }

    [Fact]
    public void For_SortByAFigure_EitherWay_PutsMissingFiguresLast()
    {
        // Act
        var descending = View(("buyers-sort", "awardValue"), ("buyers-dir", "desc"));
        var ascending = View(("buyers-sort", "awardValue"), ("buyers-dir", "asc"), ("buyers-page", "400"));

        // Assert
        Assert.Equal(996d, descending.Rows[0][3]);
        Assert.True(descending.Rows.Zip(descending.Rows.Skip(1)).All(p => (double)p.First[3]! >= (double)p.Second[3]!));
        Assert.All(ascending.Rows, r => Assert.Null(r[3]));
        Assert.Equal("awardValue", descending.Sort);
        Assert.True(descending.Descending);
    }

    [Fact]
    public void For_SortThenFilter_AsksTheKeptOrder_AndGivesWhatSortingTheFilteredRowsGives()
    {
        // Act: the same order asked twice (the second from what the first kept), then with a filter on top of it.
        var first = View(("buyers-sort", "awardValue"), ("buyers-dir", "asc"), ("buyers-page", "3"));
        var again = View(("buyers-sort", "awardValue"), ("buyers-dir", "asc"), ("buyers-page", "3"));
        var schools = View(("buyers-sort", "awardValue"), ("buyers-dir", "asc"), ("buyers-buyerTypeName", "School"));

        // Assert: ties keep the table's order; the filtered rows are those rows sorted, not another order.
        Assert.Equal(first.Rows.Select(r => r[0]), again.Rows.Select(r => r[0]));
        var expected = Buyers.Rows.Where(r => (string)r[1]! == "School" && r[3] is not null).OrderBy(r => (double)r[3]!).Take(50).Select(r => r[0]);
        Assert.Equal(expected, schools.Rows.Select(r => r[0]));
        Assert.Equal(6_667, schools.Matching);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("999999", 400)]
    [InlineData("two", 1)]
    [InlineData("-3", 1)]
    public void For_APageOutOfRangeOrNotANumber_IsHeldToTheList(string page, int expected) =>
        Assert.Equal(expected, View(("buyers-page", page)).Page);

    [Fact]
    public void For_AnUnknownSortColumn_KeepsTheTablesOrder() =>
        Assert.Null(View(("buyers-sort", "secret")).Sort);

    [Fact]
    public void Choices_AreTheColumnsDistinctValues_InOrder() =>
        Assert.Equal(["Local authority", "School"], View().Choices(Buyers.Columns[1]));

    [Fact]
    public void Link_ChangesOnlyThisTablesParameters_AndKeepsTheRest()
    {
        // Arrange
        var query = new QueryCollection(new Dictionary<string, StringValues>(StringComparer.Ordinal) { ["id"] = "GB-X", ["buyers-page"] = "3", ["other-page"] = "2" });

        // Act
        var link = TableView.For(Buyers, query).Link(query, ("sort", "awardValue"), ("page", null));

        // Assert
        Assert.Equal("?id=GB-X&other-page=2&buyers-sort=awardValue#filter-buyers", link);
    }
}
