namespace Steward.Data.Delivery;

/// <summary>A file attached to a delivery report: its name as uploaded and its bytes.</summary>
public sealed record Attachment(string FileName, byte[] Content);
