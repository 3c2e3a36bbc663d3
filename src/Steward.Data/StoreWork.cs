namespace Steward.Data;

/// <summary>
/// One unit of work on the store through a fresh context: reads as they are; writes in one transaction, stamped with
/// who makes them so that the audit trail records them (StewardDbContext.SaveChanges).
/// </summary>
internal static class StoreWork
{
    public static T Read<T>(DatabaseTarget target, Func<StewardDbContext, T> body)
    {
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            return body(context);
        });
    }

    public static T Write<T>(DatabaseTarget target, string actor, TimeProvider time, Func<StewardDbContext, T> body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            using var context = StewardDatabase.CreateContext(target);
            context.AuditActor = actor;
            context.AuditClock = time;
            using var transaction = context.Database.BeginTransaction();
            var result = body(context);
            transaction.Commit();
            return result;
        });
    }
}
