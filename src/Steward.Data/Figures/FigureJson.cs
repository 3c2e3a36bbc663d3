using System.Text.Json;
using System.Text.Json.Serialization;

namespace Steward.Data.Figures;

/// <summary>How stored figures are written as JSON: every double exactly (round trip), NaN and infinities by name.</summary>
internal static class FigureJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
