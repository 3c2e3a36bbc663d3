using System.Diagnostics;
using Steward.Core.Accounts;
using Steward.Data;
using Steward.Data.Accounts;
using Steward.Data.Audit;
using Steward.Data.Entities;

namespace Steward.Bench;

/// <summary>
/// <c>audit DB [--entries N]</c>: the audit trail at size. Appends audited changes until the trail holds N entries
/// (1,000 a transaction), then times verifying the whole chain beside a baseline (reading every entry's fields with
/// bare SQL, the least verifying must do), reading the head, and one more audited change (which must not grow with N).
/// </summary>
internal static class AuditBenchmark
{
    public static int Run(string db, int entries)
    {
        var target = DatabaseTarget.Parse(db);
        DatabaseMigrator.EnsureReady(target);
        var time = TimeProvider.System;
        var trail = new AuditTrail(target);
        var have = trail.Head()?.Sequence ?? 0;
        if (have < entries)
        {
            Time("seed entries (once, 1,000 a transaction)", () =>
            {
                var batch = 0;
                for (var next = have; next < entries; next += 1000)
                {
                    using var context = StewardDatabase.CreateContext(target);
                    context.AuditActor = "cli:bench";
                    for (var i = 0; i < Math.Min(1000, entries - next); i++)
                    {
                        context.AccountOrganisations.Add(new AccountOrganisationRow
                        {
                            Id = $"bench-{next + i:D9}",
                            Name = $"Bench buyer {next + i}",
                            Side = "buyer",
                            CreatedAt = time.GetUtcNow().UtcDateTime,
                        });
                    }

                    context.SaveChanges();
                    batch++;
                }

                return batch;
            });
        }

        Time("baseline: read every entry (SQL)", () =>
        {
            using var connection = target.Provider == DatabaseProvider.Sqlite
                ? (System.Data.Common.DbConnection)new Microsoft.Data.Sqlite.SqliteConnection(target.ConnectionString)
                : new Npgsql.NpgsqlConnection(target.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT sequence, at, actor, action, subject, details, previous_hash, hash FROM audit_log ORDER BY sequence";
            command.CommandTimeout = 0;
            using var reader = command.ExecuteReader();
            long rows = 0;
            while (reader.Read())
            {
                _ = reader.GetString(5);
                rows++;
            }

            return rows;
        });
        var verified = Time("audit verify (every entry, SHA-256 chained)", () => trail.Verify().GoodEntries);
        Time("audit head", () => trail.Head()!.Sequence);
        var directory = new AccountDirectory(target, time);
        directory.AddOrganisation($"Bench warm-up {Guid.CreateVersion7(time.GetUtcNow()):N}", OrganisationSide.Buyer, null, "cli:bench");
        Time("one more audited change (add an organisation, warm)", () =>
        {
            directory.AddOrganisation($"Bench buyer {Guid.CreateVersion7(time.GetUtcNow()):N}", OrganisationSide.Buyer, null, "cli:bench");
            return 1;
        });
        Console.Error.WriteLine($"{verified:N0} entries verified; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        return 0;
    }

    private static T Time<T>(string label, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        Console.Error.WriteLine($"{label,-48} {clock.Elapsed.TotalMilliseconds,10:N0} ms{(result is int or long ? $"  ({result:N0})" : string.Empty)}");
        return result;
    }
}
