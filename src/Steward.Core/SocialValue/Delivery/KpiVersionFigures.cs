namespace Steward.Core.SocialValue.Delivery;

/// <summary>What was delivered under one version of a KPI: its verified reports, judged against it (null when none).</summary>
public sealed record KpiVersionFigures(Kpi Version, decimal? Delivered, int Counted);
