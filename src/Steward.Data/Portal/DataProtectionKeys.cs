namespace Steward.Data.Portal;

/// <summary>
/// The web app's data-protection keys kept in the store (table <c>data_protection_keys</c>), so that several web
/// processes on one database share them: a form rendered by one is accepted by another.
/// </summary>
public static class DataProtectionKeys
{
    public static IReadOnlyList<string> All(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return StoreQuery.List(connection, "SELECT xml FROM data_protection_keys ORDER BY id", StoreQuery.With(), r => r.GetString(0));
        });
    }

    public static void Add(DatabaseTarget target, string friendlyName, string xml)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return StoreQuery.Scalar(connection, "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml)",
                StoreQuery.With(("@name", friendlyName), ("@xml", xml)));
        });
    }
}
