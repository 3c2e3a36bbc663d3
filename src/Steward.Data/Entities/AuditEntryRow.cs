namespace Steward.Data.Entities;

/// <summary>
/// One entry of the audit trail (table <c>audit_log</c>): only ever added (the store refuses updates and deletes with
/// triggers), and chained by SHA-256 (Core.Audit.AuditChain) so that an edit made around the triggers is found by
/// <c>steward audit verify</c>.
/// </summary>
public class AuditEntryRow
{
    public long Sequence { get; set; }

    public DateTime At { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Details { get; set; } = "{}";

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;
}
