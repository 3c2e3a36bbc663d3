namespace Steward.Data.Entities;

/// <summary>
/// One ASP.NET Core data-protection key as XML (table <c>data_protection_keys</c>), so that every web process on
/// the same database protects and reads cookies and anti-forgery tokens with the same keys.
/// </summary>
public class DataProtectionKeyRow
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
