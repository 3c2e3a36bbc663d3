using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;

namespace Steward.Data.Audit;

/// <summary>Reads and checks the store's audit trail (docs/accounts.md, "The audit trail").</summary>
public sealed class AuditTrail(DatabaseTarget target)
{
    /// <summary>Checks every entry in order (streamed, so a long trail costs little memory), and the pinned head when given.</summary>
    public AuditVerification Verify(string? pinnedHead = null) => Read(context =>
        AuditChain.Verify(context.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable().Select(AuditLog.ToEntry), pinnedHead));

    /// <summary>The last entry (its hash is the head outsiders pin), or null for an empty trail.</summary>
    public AuditEntry? Head() => Read(context =>
        context.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefault() is { } row ? AuditLog.ToEntry(row) : null);

    /// <summary>The newest <paramref name="count"/> entries, newest first, about <paramref name="subject"/> when given.</summary>
    public IReadOnlyList<AuditEntry> Latest(int count, string? subject = null) => Read(context =>
    {
        var entries = context.AuditEntries.AsNoTracking();
        if (subject is not null)
        {
            entries = entries.Where(e => e.Subject == subject);
        }

        return entries.OrderByDescending(e => e.Sequence).Take(count).AsEnumerable().Select(AuditLog.ToEntry).ToList();
    });

    private T Read<T>(Func<StewardDbContext, T> body) => StoreWork.Read(target, body);
}
