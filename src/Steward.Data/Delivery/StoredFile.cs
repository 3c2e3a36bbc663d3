namespace Steward.Data.Delivery;

/// <summary>A file attached to a report: id, name, sniffed type and size (its bytes through <c>ContractDeliveries.File</c>).</summary>
public sealed record StoredFile(string Id, string FileName, string ContentType, long Size);
