using System.Diagnostics;
using Steward.Core.Suppliers;
using Steward.Data;
using Steward.Data.Demo;
using Steward.Data.Suppliers;

namespace Steward.Bench;

/// <summary>
/// <c>register DB [--profiles N]</c>: the supplier register over a large store. Adds up to N synthetic profiles (once),
/// then times reading and classifying every profile, the mismatch report, buyers' register shares and the s.33 award
/// look-up, beside a baseline: the bare SQL scan of awards and their suppliers that the shares need.
/// </summary>
internal static class RegisterBenchmark
{
    public static int Run(string db, int profiles)
    {
        var target = DatabaseTarget.Parse(db);
        DatabaseMigrator.EnsureReady(target);
        var time = TimeProvider.System;
        var register = new SupplierRegister(target, time);
        var seeded = register.All().Count;
        if (seeded < profiles)
        {
            Time("seed profiles (once)", () => DemoRegister.Seed(target, time, profiles));
        }

        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var all = Time("read every profile", register.All);
        Console.Error.WriteLine($"  ({all.Count:N0} profiles)");
        Time("classify every profile", () => all.Select(p => SupplierClassifier.Classify(p.Profile)).Count(c => c.Vcse.Result == Verdict.True));
        Time("baseline: scan awards × suppliers (SQL)", () =>
        {
            using var connection = target.Provider == DatabaseProvider.Sqlite
                ? (System.Data.Common.DbConnection)new Microsoft.Data.Sqlite.SqliteConnection(target.ConnectionString)
                : new Npgsql.NpgsqlConnection(target.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT p.buyer_id, s.organisation_id, a.value, a.currency, a.status, a.supplier_count FROM awards a " +
                                  "JOIN award_suppliers s ON s.ocid = a.ocid AND s.award_id = a.award_id JOIN processes p ON p.ocid = a.ocid " +
                                  "WHERE p.buyer_id IS NOT NULL AND a.value IS NOT NULL";
            command.CommandTimeout = 0;
            using var reader = command.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                rows++;
            }

            return rows;
        });
        Time("buyers' register shares", () => RegisterReport.BuyerShares(target, all, ClassificationRules.Default, day).Count);
        Time("mismatch report", () => RegisterReport.Mismatches(target, all, ClassificationRules.Default, day).Count);
        Time("verified suppliers for registerShare", () => RegisterReport.VerifiedMissionSuppliers(target, ClassificationRules.Default, day, time)?.Count ?? 0);
        Time("s.33 awards of every linked profile", () => ReservedLots.S33Awards(target, [.. all.Select(p => p.OrganisationId).OfType<string>()]).Count);
        Console.Error.WriteLine($"{all.Count:N0} profiles; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        return 0;
    }

    private static T Time<T>(string label, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Console.Error.WriteLine($"{label,-44} {clock.Elapsed.TotalMilliseconds,10:N0} ms{(result is int or long ? $"  ({result:N0})" : string.Empty)}");
        return result;
    }
}
