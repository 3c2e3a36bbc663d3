using System.Text;
using Steward.Data.Analytics;
using Steward.Data.Figures;
using Steward.Data.Tests.RealData;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Figures;

/// <summary>
/// The suppliers list read a page at a time from the store (ADR 0016), on all of <c>../shared/data/ocds</c>: every
/// supplier once in each order, the order kept across pages, missing figures last, and filters matching exactly
/// the suppliers whose text has what was typed.
/// </summary>
public sealed class SupplierListTests(SharedStore shared) : IClassFixture<SharedStore>
{
    private const int PageSize = 97; // not a divisor of the count, so the last page is short and pages cross the missing figures

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Pages_ByEachColumnEitherWay_GiveEverySupplierOnceInThatOrder(string provider)
    {
        // Arrange
        var target = shared.For(provider).Target;
        var all = Lines(target);
        Assert.True(all.Count > PageSize * 3, $"only {all.Count} suppliers");

        foreach (var column in Enum.GetValues<SupplierListColumn>())
        {
            foreach (var descending in new[] { false, true })
            {
                // Act
                var query = new SupplierListQuery { Sort = column, Descending = descending };
                var matching = SupplierList.Count(target, query);
                var paged = new List<SupplierListLine>();
                var anchors = SupplierList.Anchors(target, column, descending, PageSize);
                for (var offset = 0; offset < matching; offset += PageSize)
                {
                    var page = SupplierList.Page(target, query, matching, offset, PageSize);
                    Assert.Equal(page, SupplierList.Page(target, query, matching, offset, PageSize, anchors[offset / PageSize])); // from its start, the same page
                    paged.AddRange(page);
                }

                // Assert
                var label = $"{column} {(descending ? "desc" : "asc")}";
                Assert.Equal(all.Count, matching);
                Assert.Equal((matching + PageSize - 1) / PageSize, anchors.Count);
                Assert.Equal(all.Select(l => l.SupplierId).Order(StringComparer.Ordinal), paged.Select(l => l.SupplierId).Order(StringComparer.Ordinal));
                var keys = paged.Select(l => Key(l, column)).ToList();
                var present = keys.Count(k => k is not null);
                Assert.All(keys.Skip(present), k => Assert.Null(k)); // missing figures last, whichever way
                for (var i = 1; i < present; i++)
                {
                    var order = Compare(keys[i - 1]!, keys[i]!);
                    Assert.True(descending ? order >= 0 : order <= 0, $"{label}: row {i} ({keys[i]}) is out of order after {keys[i - 1]}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Filters_MatchExactlyTheSuppliersWhoseNameScaleOrIdHasTheText(string provider)
    {
        // Arrange
        var target = shared.For(provider).Target;
        var all = Lines(target);
        var scale = all.First(l => l.Scale is not null).Scale!;
        var someName = all.First(l => l.Name is { Length: > 6 }).Name!;
        // Three characters or more go through the trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL); fewer are read
        // line by line on SQLite; LIKE's and FTS5's own characters must match only themselves.
        var texts = new[] { "ltd", "LIMITED", "gb-coh", someName.Substring(2, 4).ToUpperInvariant(), scale, "no such supplier", "\u0001", "ar", "E", "_", "%",
            "o\"b", "\\", "a%b", "'" };

        foreach (var text in texts)
        {
            foreach (var (chosenScale, vcse) in new[] { ((string?)null, (bool?)null), (scale, null), (null, true), (null, false) })
            {
                // Act
                var query = new SupplierListQuery { Text = text, Scale = chosenScale, Vcse = vcse, Sort = SupplierListColumn.Name, Descending = false };
                var matching = SupplierList.Count(target, query);
                var found = SupplierList.Page(target, query, matching, 0, all.Count);
                var pageTwo = SupplierList.Page(target, query, matching, 5, 10);

                // Assert
                var wanted = all.Where(l => Search(l).Contains(text.ToLowerInvariant(), StringComparison.Ordinal) && !text.Contains('\u0001', StringComparison.Ordinal)
                    && (chosenScale is null || l.Scale == chosenScale) && (vcse is null || l.Vcse == vcse)).ToList();
                Assert.Equal(wanted.Count, matching);
                // By name, A to Z, ties by id the other way (the name's index read backwards), whichever plan read them
                Assert.Equal(wanted.Order(Comparer<SupplierListLine>.Create((a, b) => Compare(Key(a, SupplierListColumn.Name)!, Key(b, SupplierListColumn.Name)!) is var c && c != 0
                    ? c : -Compare(a.SupplierId, b.SupplierId))).Select(l => l.SupplierId), found.Select(l => l.SupplierId));
                Assert.Equal(found.Skip(5).Take(10), pageTwo); // the plan that walks the sorted index gives the same lines
            }
        }

        Assert.NotEmpty(SupplierList.Page(target, new SupplierListQuery { Text = "ltd" }, SupplierList.Count(target, new SupplierListQuery { Text = "ltd" }), 0, 10));
        Assert.Equal(all.Where(l => l.Scale is not null).Select(l => l.Scale!).Distinct().Order(StringComparer.Ordinal), SupplierList.Scales(target).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_RenamingASupplierInAnotherProcess_RenamesItsLine(string provider)
    {
        // Arrange: the supplier wins an award; a later process names it again, as a tenderer only (its figures do not change)
        using var database = TestDatabase.Create(provider);
        const string Party = """{"id":"s1","name":"@name","identifier":{"scheme":"GB-COH","id":"01234567"},"roles":["@role"]}""";
        ImportText(database, Release("ocds-abc123-1", "r1", "2025-01-10T09:00:00Z",
            $$""" "parties":[{{Party.Replace("@name", "Acme Care Ltd", StringComparison.Ordinal).Replace("@role", "supplier", StringComparison.Ordinal)}}],"awards":[{"id":"a","status":"active","value":{"amount":1000,"currency":"GBP"},"suppliers":[{"id":"s1"}]}] """) + "\n");
        var before = Lines(database.Target).Single();

        // Act
        ImportText(database, Release("ocds-abc123-2", "r1", "2025-03-10T09:00:00Z",
            $$""" "parties":[{{Party.Replace("@name", "Acme Care Group Ltd", StringComparison.Ordinal).Replace("@role", "tenderer", StringComparison.Ordinal)}}] """) + "\n");

        // Assert
        var after = Lines(database.Target).Single();
        Assert.Equal("Acme Care Ltd", before.Name);
        Assert.Equal("Acme Care Group Ltd", OrganisationDirectory.Names(database.Target)[after.SupplierId]);
        Assert.Equal(before with { Name = "Acme Care Group Ltd" }, after);
        var query = new SupplierListQuery { Text = "care group" };
        Assert.Equal(1, SupplierList.Count(database.Target, query));
    }

    private static List<SupplierListLine> Lines(DatabaseTarget target)
    {
        var lines = new List<SupplierListLine>();
        SupplierList.Each(target, lines.Add);
        return lines;
    }

    private static string Search(SupplierListLine line) =>
        string.Join('\u0001', new[] { line.Name ?? line.SupplierId, line.Scale, line.SupplierId }.OfType<string>()).ToLowerInvariant();

    private static object? Key(SupplierListLine line, SupplierListColumn column) => column switch
    {
        SupplierListColumn.Name => (line.Name ?? line.SupplierId).ToUpperInvariant(),
        SupplierListColumn.Scale => line.Scale?.ToUpperInvariant(),
        SupplierListColumn.Vcse => line.Vcse,
        SupplierListColumn.Awards => line.Awards,
        SupplierListColumn.AwardValue => line.AwardValue,
        SupplierListColumn.FrameworkPlaces => line.FrameworkPlaces,
        SupplierListColumn.Buyers => line.Buyers,
        SupplierListColumn.SupplierId => line.SupplierId.ToUpperInvariant(),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>Text by its UTF-8 bytes (as SQLite, and PostgreSQL's "C" collation, compare it); figures and flags by value.</summary>
    private static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y)),
        (double x, double y) => x.CompareTo(y),
        (int x, int y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => throw new InvalidOperationException($"{a.GetType()} and {b.GetType()}"),
    };
}
