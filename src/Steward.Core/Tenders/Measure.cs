namespace Steward.Core.Tenders;

/// <summary>What a goal tracks: a name, its unit (e.g. <c>FTE jobs</c>, <c>tCO2e</c>, <c>£</c>) and which way is better.</summary>
public sealed record Measure(string Id, string Name, string Unit, MeasureDirection Direction);
