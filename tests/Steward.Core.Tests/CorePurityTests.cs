using Steward.Core.Common;

namespace Steward.Core.Tests;

/// <summary>Conventions C1: Core references nothing but the base class library.</summary>
public sealed class CorePurityTests
{
    [Fact]
    public void CoreAssembly_ReferencedAssemblies_AreOnlySystemAssemblies()
    {
        // Arrange
        var core = typeof(Error).Assembly;

        // Act
        var foreign = core.GetReferencedAssemblies()
            .Select(a => a.Name ?? string.Empty)
            .Where(name => name != "netstandard" && !name.StartsWith("System", StringComparison.Ordinal)
                           && name != "mscorlib")
            .ToList();

        // Assert
        Assert.Empty(foreign);
    }

    [Fact]
    public void CoreAssembly_PublicTypes_HaveNoPublicSetters()
    {
        // Arrange
        var core = typeof(Error).Assembly;

        // Act
        var mutable = core.GetExportedTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter
                        && !setter.ReturnParameter.GetRequiredCustomModifiers()
                            .Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToList();

        // Assert
        Assert.Empty(mutable);
    }
}
