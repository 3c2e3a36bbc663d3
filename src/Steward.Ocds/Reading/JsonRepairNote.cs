namespace Steward.Ocds.Reading;

/// <summary>One thing <see cref="JsonRepair"/> mended: its code, the JSON path, the byte index in the value (-1: none) and what was done.</summary>
internal sealed record JsonRepairNote(string Code, string Path, int At, string Message);
