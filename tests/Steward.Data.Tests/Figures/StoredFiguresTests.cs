using System.Text.Json;
using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using Steward.Data.Analytics;
using Steward.Data.Figures;
using Steward.Data.Ingest;
using Steward.Data.Portal;
using Steward.Testing;

namespace Steward.Data.Tests.Figures;

/// <summary>
/// The stored figures (ADR 0015) that imports keep up to date one input at a time equal the reports computed over
/// the whole store at once, on all of <c>../shared/data/ocds</c>, imported in two parts.
/// </summary>
public sealed class StoredFiguresTests
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ImportInTwoParts_StoredFigures_EqualFiguresOverTheWholeStore(string provider)
    {
        // Arrange
        var files = SharedData.AllOcdsFiles();
        using var database = TestDatabase.Create(provider);
        using var importer = StewardImporter.Open(database.Target, Tests.Ingest.ImportHarness.Clock);

        // Act: every other file, then the rest (later processes change buyers and suppliers the first part made)
        foreach (var file in files.Where((_, i) => i % 2 == 0).Concat(files.Where((_, i) => i % 2 == 1)))
        {
            importer.Import(file);
        }

        var state = StoredFigures.State(database.Target);
        var refreshed = importer.RefreshFigures();

        // Assert
        Assert.NotNull(state);
        Assert.True(state.Fits(StoredFigures.Version(database.Target), FigureState.SettingsOf(AnalyticsSettings.Default)));
        Assert.Equal("flags recomputed", refreshed);
        AssertStoredEqualWhole(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ImportOfYearsTheStoreLacked_StoredMarketEntriesAndExits_EqualFiguresOverTheWholeStore(string provider)
    {
        // Arrange: the real files, then demo processes in many markets, computed a chunk of markets at a time; a market's
        // entries and exits are counted only when the store holds the year before at all, in any market, so the stored
        // figures are settled against every market's years when read.
        using var folder = new TempFolder();
        var demo = Demo(folder, new Steward.Data.Demo.DemoDataGenerator(9, sizeMix: Steward.Data.Demo.DemoSizeMix.Uk), 5000);

        using var database = TestDatabase.Create(provider);
        using var importer = StewardImporter.Open(database.Target, Tests.Ingest.ImportHarness.Clock);

        // Act
        foreach (var file in SharedData.AllOcdsFiles())
        {
            importer.Import(file);
        }

        importer.Import(demo);

        importer.RefreshFigures();

        // Assert
        AssertStoredEqualWhole(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_WithTheBuyersViewsKept_OrEachChunkReadAgain_StoresTheSameFigures(string provider)
    {
        // Arrange: the same inputs into two stores, one keeping the views read for the buyers' figures (as an import of
        // up to 25,000 processes does), one reading every chunk of suppliers and markets again (as a larger one does).
        using var folder = new TempFolder();
        var demo = Demo(folder, new Steward.Data.Demo.DemoDataGenerator(4), 1500);

        var inputs = SharedData.AllOcdsFiles().Append(demo).ToList();
        using var kept = TestDatabase.Create(provider);
        using var read = TestDatabase.Create(provider);

        // Act
        ImportAll(kept, inputs, keep: null);
        ImportAll(read, inputs, keep: 0);

        // Assert
        Assert.Equal(FigureRows(kept.Target), FigureRows(read.Target));
        AssertStoredEqualWhole(read);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void FirstImport_WithItsViewsKept_StoresTheFlagsItself_AsTheRefreshWould(string provider)
    {
        // Arrange: one input into an empty store within the views' limit (so its views are every process of the store,
        // and every figure and the flags come from one read of them: streamed on SQLite, whole on PostgreSQL), and the
        // same into a store over the limit, whose flags are left to the refresh at the end of the command.
        using var folder = new TempFolder();
        var demo = Demo(folder, new Steward.Data.Demo.DemoDataGenerator(4), 1500);
        using var kept = TestDatabase.Create(provider);
        using var read = TestDatabase.Create(provider);
        var observed = new List<FigureMaintainer.FiguresRead>();

        // Act
        FigureState? keptState, readState;
        string keptRefresh, readRefresh;
        FigureMaintainer.ReadObservedForTests.Value = observed.Add;
        try
        {
            using var importer = StewardImporter.Open(kept.Target, Tests.Ingest.ImportHarness.Clock);
            importer.Import(demo);
            keptState = StoredFigures.State(kept.Target);
            keptRefresh = importer.RefreshFigures();
        }
        finally
        {
            FigureMaintainer.ReadObservedForTests.Value = null;
        }

        FigureMaintainer.KeptProcessesForTests.Value = 0;
        try
        {
            using var importer = StewardImporter.Open(read.Target, Tests.Ingest.ImportHarness.Clock);
            importer.Import(demo);
            readState = StoredFigures.State(read.Target);
            readRefresh = importer.RefreshFigures();
        }
        finally
        {
            FigureMaintainer.KeptProcessesForTests.Value = null;
        }

        // Assert: the first store's flags were exact at its import's commit; the second's only after the refresh.
        Assert.Equal([FigureMaintainer.FiguresRead.EveryFigureInOnePass], observed);
        Assert.True(keptState!.FlagsFit(StoredFigures.Version(kept.Target)));
        Assert.Equal(Tests.Ingest.ImportHarness.Clock.GetUtcNow().UtcDateTime, keptState.ComputedAt);
        Assert.Equal("up to date", keptRefresh);
        Assert.Null(readState!.FlagsVersion);
        Assert.Equal("flags recomputed", readRefresh);
        Assert.Equal(FigureRows(read.Target), FigureRows(kept.Target));
        AssertStoredEqualWhole(kept);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void FirstImport_TooLargeToKeepItsViews_ReadsTheStoreInOnePass_AndStoresWhatKeepingThemWould(string provider)
    {
        // Arrange: one input into an empty store keeping its views, and the same into one that may keep none (as the
        // whole record's first import): its buyers' and markets' figures come from one read of the store (on PostgreSQL
        // through cursors, its processes' rows written between fetches), its suppliers' a chunk at a time.
        using var folder = new TempFolder();
        var demo = Demo(folder, new Steward.Data.Demo.DemoDataGenerator(6, sizeMix: Steward.Data.Demo.DemoSizeMix.Uk), 2500);
        using var kept = TestDatabase.Create(provider);
        using var read = TestDatabase.Create(provider);
        var observed = new List<FigureMaintainer.FiguresRead>();

        // Act
        ImportAll(kept, [demo], keep: null);
        FigureMaintainer.ReadObservedForTests.Value = observed.Add;
        try
        {
            ImportAll(read, [demo], keep: 0);
        }
        finally
        {
            FigureMaintainer.ReadObservedForTests.Value = null;
        }

        // Assert
        Assert.Equal([FigureMaintainer.FiguresRead.BuyersAndMarketsInOnePass], observed);
        Assert.Equal(FigureRows(kept.Target), FigureRows(read.Target));
        Assert.Equal(ProcessRows(kept.Target), ProcessRows(read.Target));
        Assert.True(ProcessRows(read.Target).Count > 500);
        AssertStoredEqualWhole(read);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void Import_IntoAnEmptyStore_KeepsTheViewsUpToTheLimit_CountingEachProcessOnce(int beyondTotal, bool keeps)
    {
        // Arrange: an import that creates every process of the store (each one both affected and a buyer's), with the
        // limit set at that many processes (or one fewer): an import counting them twice would keep none.
        using var folder = new TempFolder();
        var demo = Demo(folder, new Steward.Data.Demo.DemoDataGenerator(4), 600);

        long processes;
        using (var probe = TestDatabase.Create("sqlite"))
        {
            using var importer = StewardImporter.Open(probe.Target, Tests.Ingest.ImportHarness.Clock);
            processes = importer.Import(demo).Records;
        }

        using var database = TestDatabase.Create("sqlite");
        var observed = new List<bool>();
        FigureMaintainer.KeptProcessesForTests.Value = (int)processes + beyondTotal;
        FigureMaintainer.KeepingObservedForTests.Value = observed.Add;
        try
        {
            // Act
            using var importer = StewardImporter.Open(database.Target, Tests.Ingest.ImportHarness.Clock);
            importer.Import(demo);
        }
        finally
        {
            FigureMaintainer.KeptProcessesForTests.Value = null;
            FigureMaintainer.KeepingObservedForTests.Value = null;
        }

        // Assert
        Assert.True(processes > 100, $"the demo import made only {processes} processes");
        Assert.Equal([keeps], observed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void RefreshForced_AfterImports_GivesTheSameFigures(string provider)
    {
        // Arrange
        using var database = TestDatabase.Create(provider);
        using var importer = StewardImporter.Open(database.Target, Tests.Ingest.ImportHarness.Clock);
        foreach (var file in SharedData.AllOcdsFiles())
        {
            importer.Import(file);
        }

        // Act
        importer.RebuildAll();
        var stale = StoredFigures.State(database.Target);
        var refreshed = importer.RefreshFigures(force: true);

        // Assert
        Assert.Null(stale);
        Assert.Equal("recomputed", refreshed);
        AssertStoredEqualWhole(database);
    }

    /// <summary>Writes <paramref name="releases"/> of the generator's releases to demo.jsonl in <paramref name="folder"/>; returns its path.</summary>
    private static string Demo(TempFolder folder, Steward.Data.Demo.DemoDataGenerator generator, int releases)
    {
        var path = folder.File("demo.jsonl");
        using var output = File.Create(path);
        generator.Write(output, releases);
        return path;
    }

    private static void ImportAll(TestDatabase database, List<string> inputs, int? keep)
    {
        FigureMaintainer.KeptProcessesForTests.Value = keep;
        try
        {
            using var importer = StewardImporter.Open(database.Target, Tests.Ingest.ImportHarness.Clock);
            inputs.ForEach(input => importer.Import(input));
            importer.RefreshFigures(); // the red flags, once per command
        }
        finally
        {
            FigureMaintainer.KeptProcessesForTests.Value = null;
        }
    }

    /// <summary>Each process's own figures row (<c>figure_processes</c>), as text lines in ocid order.</summary>
    private static List<string> ProcessRows(DatabaseTarget target) => StoredFigures.Query(target, connection =>
    {
        var lines = new List<string>();
        StoreQuery.Each(connection, """
            SELECT ocid, market, in_window, without_buyer, undated, duplicates, not_uk, awards_undated, unclassified, unlocated, excluded, framework_awards
            FROM figure_processes ORDER BY ocid
            """, StoreQuery.With(), r => lines.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)))));
        return lines;
    });

    /// <summary>Every stored figure but the state row (which holds the time), and the suppliers list, as text lines.</summary>
    private static List<string> FigureRows(DatabaseTarget target)
    {
        var rows = StoredFigures.Query(target, connection =>
        {
            var lines = new List<string>();
            StoreQuery.Each(connection, "SELECT kind, key, coalesce(subject, ''), body FROM figures WHERE kind <> 'state'", StoreQuery.With(),
                r => lines.Add($"{r.GetString(0)}|{r.GetString(1)}|{r.GetString(2)}|{r.GetString(3)}"));
            StoreQuery.Each(connection, "SELECT supplier_id, coalesce(name, ''), awards, coalesce(award_value, -1), buyers FROM figure_suppliers", StoreQuery.With(),
                r => lines.Add($"line|{r.GetString(0)}|{r.GetString(1)}|{r.GetInt32(2)}|{r.GetDouble(3)}|{r.GetInt32(4)}"));
            return lines;
        });
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static void AssertStoredEqualWhole(TestDatabase database)
    {
        var target = database.Target;
        var settings = AnalyticsSettings.Default;
        var trends = new BuyerTrends(settings);
        var buyers = BuyerReport.Compute(trends.Collect(ProcessViewReader.Read(target, ReportParts.Buyers)), ReportWindow.All, settings);
        var markets = MarketReport.Compute(ProcessViewReader.Read(target, ReportParts.Markets), ReportWindow.All, CpvLevel.Division, settings);
        var names = OrganisationDirectory.Names(target);
        var suppliers = SupplierReport.Compute(ProcessViewReader.Read(target, ReportParts.Suppliers), ReportWindow.All, CpvLevel.Division,
            id => names.GetValueOrDefault(id), settings);
        var flags = FlagReport.Compute(ProcessViewReader.Read(target, ReportParts.Flags), analytics: settings);

        Assert.NotEmpty(buyers.Buyers);
        Assert.NotEmpty(suppliers);
        Assert.NotEmpty(markets.Markets);
        Assert.NotEmpty(flags.Flags);
        Assert.Equal(Text(buyers), Text(StoredFigures.Buyers(target, settings)));
        Assert.All(buyers.Buyers, b => Assert.Equal(Text(new StoredTrends(trends.Years(b.BuyerId), trends.Markets(b.BuyerId))), Text(StoredFigures.Trends(target, b.BuyerId))));
        Assert.Equal(Text(suppliers), Text(StoredFigures.Suppliers(target)));
        AssertSupplierListEqual(target, suppliers);
        Assert.Equal(Text(markets), Text(StoredFigures.Markets(target)));
        Assert.Equal(Text(flags), Text(StoredFigures.Flags(target)));
    }

    /// <summary>
    /// The suppliers list (ADR 0016) holds every supplier's line, in the reports' order; a range of it reads the same
    /// figures; each supplier reads alone as in the whole list; each market's largest suppliers are those the whole
    /// list gives.
    /// </summary>
    private static void AssertSupplierListEqual(DatabaseTarget target, IReadOnlyList<SupplierFigures> suppliers)
    {
        var lines = new List<SupplierListLine>();
        SupplierList.Each(target, lines.Add);
        Assert.Equal(suppliers.Select(s => new SupplierListLine(s.SupplierId, s.Name, s.Scale, s.Vcse, s.Awards, s.AwardValue, s.FrameworkPlaces, s.Buyers)), lines);
        Assert.Equal(suppliers.Count, SupplierList.Count(target, new SupplierListQuery()));
        Assert.Equal(Text(suppliers.Skip(7).Take(50).ToList()), Text(StoredFigures.Suppliers(target, 7, 50)));
        Assert.All(suppliers.Take(200), s => Assert.Equal(Text(s), Text(StoredFigures.Supplier(target, s.SupplierId))));
        Assert.Null(StoredFigures.Supplier(target, "no-such-supplier"));
        var markets = suppliers.SelectMany(s => s.Markets.Select(m => (m.Cpv, m.Region))).Distinct().ToList();
        Assert.NotEmpty(markets);
        Assert.All(markets, market => Assert.Equal(
            suppliers.SelectMany(s => s.Markets.Where(m => (m.Cpv, m.Region) == market).Select(m => (s.SupplierId, m.Value))).OrderByDescending(l => l.Value).Take(5)
                .Select(l => l.SupplierId),
            SupplierList.Leaders(target, market.Cpv, market.Region, 5)));
    }

    private static string Text<T>(T value) => JsonSerializer.Serialize(value, Json);
}
