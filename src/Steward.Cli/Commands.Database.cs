using System.CommandLine;
using System.Text.Json;
using Steward.Data;

namespace Steward.Cli;

/// <summary><c>steward db migrate</c> and <c>steward stats</c>: the store itself.</summary>
internal static partial class StewardCommand
{
    private static Option<string?> DbOption() => new Option<string?>("--db")
    {
        Description = "The database: a file path (SQLite), a PostgreSQL connection string (Host=...) or postgres:// URL; " +
                      $"default: ${DatabaseTarget.EnvironmentVariable}, else {DatabaseTarget.DefaultFile}",
    }.Database();

    private static DatabaseTarget Target(ParseResult parsed, Option<string?> db, CliConsole console)
    {
        try
        {
            return DatabaseTarget.Resolve(parsed.GetValue(db), console.Environment(DatabaseTarget.EnvironmentVariable));
        }
        catch (ArgumentException exception)
        {
            throw new CliException(exception.Message);
        }
    }

    private static Command DatabaseCommand(CliConsole console)
    {
        var db = DbOption();
        var migrate = new Command("migrate", "Create or upgrade the database's tables (the only way a PostgreSQL database is migrated)") { db };
        migrate.SetAction(parsed => Guard(console, () =>
        {
            var target = Target(parsed, db, console);
            var applied = DatabaseMigrator.Migrate(target);
            console.Error.WriteLine(applied.Count == 0
                ? $"steward db migrate: {target} is up to date"
                : $"steward db migrate: {target}: applied {string.Join(", ", applied)}");
            return ExitCodes.Ok;
        }));
        var rebuildDb = DbOption();
        var rebuild = new Command("rebuild", "Recompile every stored process from its stored releases (after an upgrade that adds facts)") { rebuildDb };
        rebuild.SetAction(parsed => Guard(console, () =>
        {
            var target = Target(parsed, rebuildDb, console);
            using var importer = Steward.Data.Ingest.StewardImporter.Open(target, console.Time);
            var processes = importer.RebuildAll();
            console.Error.WriteLine($"steward db rebuild: {target}: recompiled {processes:N0} processes");
            console.Error.WriteLine($"steward db rebuild: stored figures {importer.RefreshFigures(force: true)}");
            return ExitCodes.Ok;
        }));
        return new Command("db", "Manage the store") { migrate, rebuild };
    }

    private static Command StatsCommand(CliConsole console)
    {
        var db = DbOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var command = new Command("stats", "Say what the store holds: releases, records, organisations, buyers, suppliers, awards, " +
                                           "contracts and the dates covered") { db, json };
        command.SetAction(parsed => Guard(console, () =>
        {
            var target = Target(parsed, db, console);
            DatabaseMigrator.EnsureReady(target);
            var stats = DatabaseMigrator.Guard(target, () =>
            {
                using var context = StewardDatabase.CreateContext(target);
                return StoreStatistics.Read(context);
            });
            using var text = console.OutText();
            if (parsed.GetValue(json))
            {
                text.WriteLine(JsonSerializer.Serialize(new
                {
                    database = target.Display,
                    releases = stats.Releases,
                    records = stats.Records,
                    organisations = stats.Organisations,
                    buyers = stats.Buyers,
                    suppliers = stats.Suppliers,
                    awards = stats.Awards,
                    contracts = stats.Contracts,
                    firstReleaseDate = Iso(stats.FirstReleaseDate),
                    lastReleaseDate = Iso(stats.LastReleaseDate),
                    frameworks = stats.Frameworks,
                    organisationAliases = stats.Aliases,
                    publishers = stats.Publishers.Select(p => new
                    {
                        prefix = p.Prefix,
                        name = p.Prefix is null ? null : Core.Processes.Publishers.Name(p.Prefix),
                        processes = p.Processes,
                        outsideUk = p.OutsideUk,
                    }),
                    duplicates = stats.Duplicates.Select(d => new { ocid = d.Ocid, duplicateOf = d.DuplicateOf, reason = d.Reason }),
                }, StatsJson));
            }
            else
            {
                text.WriteLine($"database       {target.Display}");
                text.WriteLine($"releases       {stats.Releases:N0}");
                text.WriteLine($"records        {stats.Records:N0}");
                text.WriteLine($"organisations  {stats.Organisations:N0}");
                text.WriteLine($"buyers         {stats.Buyers:N0}");
                text.WriteLine($"suppliers      {stats.Suppliers:N0}");
                text.WriteLine($"awards         {stats.Awards:N0}");
                text.WriteLine($"contracts      {stats.Contracts:N0}");
                text.WriteLine(stats.FirstReleaseDate is null
                    ? "dates          none"
                    : $"dates          {stats.FirstReleaseDate:yyyy-MM-dd} to {stats.LastReleaseDate:yyyy-MM-dd}");
                text.WriteLine($"frameworks     {stats.Frameworks:N0} (frameworks and dynamic markets: their award values are ceilings, not spend)");
                text.WriteLine($"aliases        {stats.Aliases:N0} (organisation ids that now mean another)");
                foreach (var (prefix, processes, outside) in stats.Publishers)
                {
                    var name = prefix is null ? "publisher not recorded (run steward db rebuild)" : Core.Processes.Publishers.Name(prefix);
                    var uk = outside == 0 ? string.Empty : $", {outside:N0} published outside the UK: not in the figures";
                    text.WriteLine($"publisher      {prefix ?? "-"}  {processes:N0} processes  {name}{uk}");
                }

                text.WriteLine($"duplicates     {stats.Duplicates.Count:N0} processes repeat another and are counted once, under it");
                foreach (var (ocid, duplicateOf, reason) in stats.Duplicates)
                {
                    text.WriteLine($"  {ocid} repeats {duplicateOf}: {reason}");
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static readonly JsonSerializerOptions StatsJson = new() { WriteIndented = false };

    /// <summary>A stored date-time (UTC) in ISO 8601.</summary>
    private static string? Iso(DateTime? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
