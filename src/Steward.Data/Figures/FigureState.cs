using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Steward.Core.Analytics;

namespace Steward.Data.Figures;

/// <summary>
/// What the stored figures were computed for (the row of kind <c>state</c>): the processes' version
/// (<see cref="ReadVersion"/>) they are exact for, the version the red flags are exact for (flags are fenced over
/// every process, so they are recomputed whole, at the end of a command, not by each import), and the settings.
/// </summary>
public sealed record FigureState(string Version, string? FlagsVersion, string Settings, DateTime ComputedAt)
{
    internal const string Kind = "state";

    /// <summary>The stored figures are exact for this store and these settings.</summary>
    public bool Fits(string version, string settings) => Version == version && Settings == settings;

    /// <summary>The stored flags are exact for this store.</summary>
    public bool FlagsFit(string version) => FlagsVersion == version;

    /// <summary>
    /// What the figures depend on besides the processes: which publishers count, and the register's verified
    /// social enterprises and VCSEs (<c>registerShare</c>), as a hash. Other settings are always the defaults.
    /// </summary>
    public static string SettingsOf(AnalyticsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var verified = settings.VerifiedMissionSuppliers is null
            ? "none"
            : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', settings.VerifiedMissionSuppliers.Order(StringComparer.Ordinal)))));
        return $"uk={(settings.UkPublishersOnly ? 1 : 0)};verified={verified}";
    }

    /// <summary>
    /// The processes' version: records, their latest update and the latest release. Unlike the portal's version it
    /// leaves out the supplier register, whose changes reach the figures only through <see cref="SettingsOf"/>.
    /// </summary>
    internal static string ReadVersion(DbConnection connection, DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*), max(updated_at), (SELECT max(id) FROM releases) FROM records";
        using var reader = command.ExecuteReader();
        reader.Read();
        var updated = reader.IsDBNull(1) ? "-" : reader.GetValue(1) switch
        {
            DateTime date => date.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset date => date.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            var other => Convert.ToString(other, CultureInfo.InvariantCulture),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{reader.GetValue(0)}|{updated}|{(reader.IsDBNull(2) ? 0 : reader.GetValue(2))}");
    }
}
