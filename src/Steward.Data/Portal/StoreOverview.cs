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
                ReadVersion(connection));
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
