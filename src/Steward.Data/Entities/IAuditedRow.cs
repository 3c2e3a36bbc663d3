namespace Steward.Data.Entities;

/// <summary>
/// A row whose every change is appended to the audit trail by <c>StewardDbContext.SaveChanges</c>
/// (<see cref="Audit.AuditRecorder"/>): added, changed (the names of the fields, never their values) or removed.
/// </summary>
public interface IAuditedRow
{
    /// <summary>What the entry is about, e.g. <c>organisation:ID</c>.</summary>
    string AuditSubject { get; }

    /// <summary>Facts safe to keep in the trail for ever (roles, sides, ids; never secrets or personal data).</summary>
    IReadOnlyDictionary<string, string?> AuditFacts();
}
