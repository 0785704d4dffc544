using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Hands out the one <see cref="VocabularyJsonConverter"/> for every vocabulary type. Each vocabulary names this factory
/// in its generated <c>[JsonConverter]</c> attribute, so System.Text.Json's source generator treats the type as a single
/// JSON string and generates no metadata for its properties; options register it too, for reflection-based callers.
/// </summary>
internal sealed class VocabularyJsonConverterFactory : JsonConverterFactory
{
    internal static VocabularyJsonConverterFactory Instance { get; } = new();

    public override bool CanConvert(Type typeToConvert) => VocabularyJsonConverter.Instance.CanConvert(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        CanConvert(typeToConvert) ? VocabularyJsonConverter.Instance : null;
}
