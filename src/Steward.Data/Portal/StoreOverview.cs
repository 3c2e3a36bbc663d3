using System.Globalization;
using Steward.Data.Analytics;
using Steward.Data.Demo;

namespace Steward.Data.Portal;

/// <summary>What the store holds, for the portal's home page: counts, the dates covered, and whether it is synthetic.</summary>
public sealed record StoreOverview(
    long Releases,
    long Processes,
    long Organisations,
    long Buyers,
    long Notices,
    long SyntheticProcesses,
    DateTime? FirstPublished,
    DateTime? LastPublished,
    string Version)
{
    public bool IsEmpty => Processes == 0;

    /// <summary>True when every process was made by <c>steward demo</c>.</summary>
    public bool IsSynthetic => Processes > 0 && SyntheticProcesses == Processes;

    /// <summary>Processes by publisher (OCID prefix), with how many repeat another process.</summary>
    public IReadOnlyList<PublisherCount> Publishers { get; init; } = [];

    /// <summary>Processes that repeat another (counted once, under the other).</summary>
    public long Duplicates => Publishers.Sum(p => p.Duplicates);

    /// <summary>Processes that set up a framework or dynamic market (their award values are ceilings, not spend).</summary>
    public long Frameworks { get; init; }

    public static StoreOverview Read(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            var none = StoreQuery.With();
            long Count(string sql) => Convert.ToInt64(StoreQuery.Scalar(connection, sql, none), CultureInfo.InvariantCulture);
            var dates = StoreQuery.List(connection, "SELECT min(first_published), max(first_published) FROM processes", none, r => (r.Stamp(0), r.Stamp(1)))[0];
            return new StoreOverview(
                Count("SELECT count(*) FROM releases"),
                Count("SELECT count(*) FROM processes"),
                Count("SELECT count(*) FROM organisations"),
                Count("SELECT count(DISTINCT buyer_id) FROM processes"),
                Count("SELECT count(*) FROM notices"),
                Count($"SELECT count(*) FROM processes WHERE ocid LIKE '{DemoDataGenerator.OcidPrefix}%'"),
                dates.Item1,
                dates.Item2,
                ReadVersion(connection))
            {
                Publishers = StoreQuery.List(connection, """
                    SELECT publisher, count(*), sum(CASE WHEN duplicate_of IS NULL THEN 0 ELSE 1 END), sum(CASE WHEN outside_uk THEN 1 ELSE 0 END)
                    FROM processes GROUP BY publisher ORDER BY count(*) DESC, publisher
                    """, none, r => new PublisherCount(r.Text(0), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture))
                {
                    OutsideUk = Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture),
                }),
                Frameworks = Count("SELECT count(*) FROM processes WHERE arrangement IS NOT NULL AND NOT call_off"),
            };
        });
    }

    /// <summary>
    /// A cheap fingerprint of the store's contents (records and their latest update, and the supplier register's latest
    /// change, which registerShare reads): when it changes, figures
    /// computed from the store are out of date. Every web process on the same database reads the same value.
    /// </summary>
    public static string ReadVersion(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return ReadVersion(connection);
        });
    }

    private static string ReadVersion(System.Data.Common.DbConnection connection) =>
        StoreQuery.List(connection, "SELECT count(*), max(updated_at), (SELECT max(id) FROM releases), (SELECT max(id) FROM supplier_profile_changes) FROM records", StoreQuery.With(),
            r => string.Create(CultureInfo.InvariantCulture, $"{r.GetValue(0)}|{r.Stamp(1):O}|{(r.IsDBNull(2) ? 0 : r.GetValue(2))}|{(r.IsDBNull(3) ? 0 : r.GetValue(3))}"))[0];
}

/// <summary>
/// A publisher's processes in the store (<see cref="Prefix"/> null for processes imported before publishers were
/// recorded), with its name and whether it is one of the UK's.
/// </summary>
public sealed record PublisherCount(string? Prefix, long Processes, long Duplicates)
{
    /// <summary>Its processes published outside the UK (<see cref="Core.Processes.Publishers.IsOutsideUk"/>).</summary>
    public long OutsideUk { get; init; }

    public string Name => Prefix is null ? "not recorded (run steward db rebuild)" : Core.Processes.Publishers.Name(Prefix);

    /// <summary>Its processes count in the figures as the UK's.</summary>
    public bool Uk => OutsideUk == 0;
}
