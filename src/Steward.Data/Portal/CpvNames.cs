namespace Steward.Data.Portal;

/// <summary>
/// The CPV codes the store's publishers described, in their words (table <c>cpv_names</c>, kept by every import;
/// docs/store.md "CPV codes in words"): at most the vocabulary's 9,454 codes, so a portal node holds them whole.
/// </summary>
public static class CpvNames
{
    /// <summary>Every named code and its words. May throw <see cref="DatabaseUnavailableException"/>.</summary>
    public static IReadOnlyDictionary<string, string> Read(DatabaseTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var connection = StoreQuery.Open(target);
            return StoreQuery.List(connection, "SELECT code, description FROM cpv_names", StoreQuery.With(), r => (Code: r.GetString(0), Words: r.GetString(1)))
                .ToDictionary(n => n.Code, n => n.Words, StringComparer.Ordinal);
        });
    }
}
