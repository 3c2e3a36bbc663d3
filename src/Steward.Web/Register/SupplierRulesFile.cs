using System.Text.Json;
using Steward.Core.Suppliers;

namespace Steward.Web.Register;

/// <summary>Reads the rules file <c>Steward:SupplierRules</c> names (docs/suppliers.md, "Settings"); no file means the defaults.</summary>
public static class SupplierRulesFile
{
    public static (ClassificationRules? Rules, string? Error) Read(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return (ClassificationRules.Default, null);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var rules = ClassificationRulesJson.Read(document.RootElement);
            return rules.IsSuccess ? (rules.Value, null) : (null, $"Steward:SupplierRules: {path}: {rules.Error!.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"Steward:SupplierRules: {path}: {exception.Message}");
        }
    }
}
