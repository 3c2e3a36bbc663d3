using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Data.Entities;

namespace Steward.Data.Audit;

/// <summary>
/// Appends to the audit trail inside the caller's transaction, so that a change and its entry are kept together or
/// not at all. On PostgreSQL the table is locked against other writers first, so that two processes never chain from
/// the same head; SQLite has one writer at a time already.
/// </summary>
internal static class AuditLog
{
    public static void Lock(StewardDbContext context)
    {
        if (context.Database.IsNpgsql())
        {
            context.Database.ExecuteSqlRaw("LOCK TABLE audit_log IN EXCLUSIVE MODE");
        }
    }

    public static async Task LockAsync(StewardDbContext context, CancellationToken cancellation)
    {
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync("LOCK TABLE audit_log IN EXCLUSIVE MODE", cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Adds the entries for <paramref name="changes"/> after the current head (tracked, not yet saved).</summary>
    public static void Add(StewardDbContext context, IEnumerable<AuditChange> changes, DateTimeOffset at)
    {
        var head = context.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefault();
        var previous = head is null ? null : ToEntry(head);
        foreach (var change in changes)
        {
            var entry = AuditChain.Next(previous, change, at);
            context.AuditEntries.Add(FromEntry(entry));
            previous = entry;
        }
    }

    public static AuditEntry ToEntry(AuditEntryRow row) => new()
    {
        Sequence = row.Sequence,
        At = new DateTimeOffset(DateTime.SpecifyKind(row.At, DateTimeKind.Utc)),
        Actor = row.Actor,
        Action = row.Action,
        Subject = row.Subject,
        Details = row.Details,
        PreviousHash = row.PreviousHash,
        Hash = row.Hash,
    };

    private static AuditEntryRow FromEntry(AuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = entry.At.UtcDateTime,
        Actor = entry.Actor,
        Action = entry.Action,
        Subject = entry.Subject,
        Details = entry.Details,
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
    };
}
