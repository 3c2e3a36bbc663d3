using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Steward.Data.Figures;
using Steward.Web.Analytics;
using Steward.Web.Tables;

namespace Steward.Web.Tests;

/// <summary>
/// The suppliers list read a page at a time from the store (ADR 0016) shows what the list held in memory shows, for
/// every sort, filter and page a reader can ask for; the API, a supplier's page and a market's leaders read the same.
/// </summary>
public sealed class SupplierListPagingTests(DemoPortal portal)
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task Page_ReadFromTheStore_ShowsWhatTheListInMemoryShows()
    {
        // Arrange
        var stored = await portal.Services.GetRequiredService<ReportCache>().CurrentAsync();
        Assert.True(stored.Stored);
        var all = StoredFigures.Suppliers(portal.Target);
        var inMemory = new ReportSnapshot(stored.Overview, stored.ComputedAt, () => stored.Buyers, _ => null, () => stored.Markets,
            () => SnapshotSuppliers.InMemory(all), () => stored.Flags);
        var paged = PortalTables.Suppliers(stored);
        var held = PortalTables.Suppliers(inMemory);
        Assert.NotNull(paged.Paged);
        Assert.Null(held.Paged);
        var scale = all.First(s => s.Scale is not null).Scale!;
        List<(string Key, string Value)[]> queries = [[], [("suppliers-page", "3")], [("suppliers-page", "100000")], [("suppliers-q", "LTD")],
            [("suppliers-q", "ltd"), ("suppliers-scale", scale), ("suppliers-page", "2")], [("suppliers-vcse", "Yes")], [("suppliers-vcse", "No")],
            [("suppliers-vcse", "Maybe")], [("suppliers-q", "no such supplier")]];
        foreach (var column in paged.Columns.Select(c => c.Key))
        {
            queries.Add([("suppliers-sort", column), ("suppliers-dir", "desc"), ("suppliers-page", "2")]);
            queries.Add([("suppliers-sort", column), ("suppliers-dir", "asc")]);
        }

        foreach (var query in queries)
        {
            // Act
            var fromStore = View(paged, query);
            var fromMemory = View(held, query);

            // Assert: the same rows match, the same page is shown, and its rows are in the same order of the sorted
            // column (ties may come in another order: the store breaks them by id)
            var label = string.Join("&", query.Select(q => $"{q.Key}={q.Value}"));
            Assert.True((fromMemory.Matching, fromMemory.Page, fromMemory.Pages, fromMemory.Rows.Count) == (fromStore.Matching, fromStore.Page, fromStore.Pages, fromStore.Rows.Count),
                $"{label}: {fromStore.Matching} matching, page {fromStore.Page} of {fromStore.Pages} from the store; {fromMemory.Matching}, {fromMemory.Page} of {fromMemory.Pages} in memory");
            var sorted = fromStore.Sort is { } key ? paged.Columns.Select((c, i) => (c.Key, i)).First(c => c.Key == key).i : 4;
            Assert.Equal(fromMemory.Rows.Select(r => Shown(r[sorted])), fromStore.Rows.Select(r => Shown(r[sorted])));
            if (fromStore.Sort is null)
            {
                Assert.Equal(fromMemory.Rows.Select(r => r[7]), fromStore.Rows.Select(r => r[7]));
            }
        }

        Assert.Equal(fromChoices(held), fromChoices(paged));
        Assert.Equal(held.ToReportTable().Rows.Select(r => r[7]), paged.ToReportTable().Rows.Select(r => r[7]));

        IEnumerable<string> fromChoices(PortalTable table) =>
            table.Columns.Where(c => c.Filter).SelectMany(c => View(table, []).Choices(c).Select(choice => $"{c.Key}:{choice}"));
    }

    [Fact]
    public async Task Api_SuppliersPages_ReadTheStoredListInOrder()
    {
        // Arrange
        var all = StoredFigures.Suppliers(portal.Target);

        // Act
        using var response = await _client.GetAsync(new Uri("/api/suppliers?page=2&pageSize=7", UriKind.Relative), TestContext.Current.CancellationToken);
        using var page = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        // Assert
        response.EnsureSuccessStatusCode();
        Assert.Equal(all.Count.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(all.Skip(7).Take(7).Select(s => (s.SupplierId, s.Awards, s.Markets.Count)),
            page.RootElement.EnumerateArray().Select(s => (s.GetProperty("supplierId").GetString()!, s.GetProperty("awards").GetInt32(), s.GetProperty("markets").GetArrayLength())));
    }

    [Fact]
    public void Range_DeepInTheList_ReadFromTheStartsKept_IsTheListsOwnRange()
    {
        // Arrange: starts kept every 7 lines, so that ranges start on, just after and just before them, and run past the end.
        var all = StoredFigures.Suppliers(portal.Target);
        var stored = new SnapshotSuppliers.StoredList(portal.Target, startsEvery: 7);
        Assert.True(all.Count > 60, $"the demo store has {all.Count} suppliers");
        (int Offset, int Take)[] ranges = [(0, 5), (6, 3), (7, 7), (8, 13), (13, 1), (20, 50), (all.Count - 3, 10), (all.Count - 1, 1),
            (all.Count, 5), (all.Count + 40, 5), (all.Count / 7 * 7, 7)];

        foreach (var (offset, take) in ranges)
        {
            // Act
            var range = stored.Range(offset, take);

            // Assert
            Assert.Equal(all.Skip(offset).Take(take).Select(s => s.SupplierId), range.Select(s => s.SupplierId));
        }
    }

    private static TableView View(PortalTable table, (string Key, string Value)[] query) =>
        TableView.For(table, new QueryCollection(query.ToDictionary(q => q.Key, q => new StringValues(q.Value), StringComparer.Ordinal)));

    private static string Shown(object? value) => CellFormat.Show(value, ColumnFormat.Text);
}
