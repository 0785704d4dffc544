using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.Tests.TestSupport;

/// <summary>
/// The library's types as a caller serializes them on their own: through options configured with
/// <see cref="StemCellJsonSerializerOptionsExtensions.ConfigureForStemCellDomain"/>.
/// </summary>
internal static class PublicJson
{
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    internal static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions().ConfigureForStemCellDomain();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
