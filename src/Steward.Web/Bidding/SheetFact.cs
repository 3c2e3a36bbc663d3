namespace Steward.Web.Bidding;

/// <summary>One fact of an assessment summary as shown: its name and its value in words.</summary>
public sealed record SheetFact(string Key, string Value);
