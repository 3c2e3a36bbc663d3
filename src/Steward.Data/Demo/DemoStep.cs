namespace Steward.Data.Demo;

/// <summary>A notice of a demo process: its UK notice type, days after the previous one, and minute of the day.</summary>
internal sealed record DemoStep(string Notice, int DaysAfterPrevious, int MinuteOfDay);
