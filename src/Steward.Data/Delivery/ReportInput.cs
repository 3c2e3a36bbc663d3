namespace Steward.Data.Delivery;

/// <summary>A supplier's report against one KPI for one period, as entered, with the files that back it.</summary>
public sealed record ReportInput(string KpiId, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value, string Unit, string Narrative, IReadOnlyList<Attachment> Attachments);
