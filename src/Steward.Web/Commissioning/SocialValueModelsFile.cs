using System.Text.Json;
using Steward.Core.Tenders;

namespace Steward.Web.Commissioning;

/// <summary>Reads the Social Value Model reference data a deployment names (Steward:Tenders:SocialValueModels), or the shipped copy.</summary>
public static class SocialValueModelsFile
{
    public static (SocialValueModels? Models, string? Error) Read(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return (SocialValueModels.Default, null);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var models = SocialValueModels.Read(document.RootElement);
            return models.IsSuccess ? (models.Value, null) : (null, $"Steward:Tenders:SocialValueModels: {path}: {models.Error!.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"Steward:Tenders:SocialValueModels: {path}: {exception.Message}");
        }
    }
}
