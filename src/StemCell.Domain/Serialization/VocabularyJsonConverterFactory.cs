using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Hands out the one <see cref="VocabularyJsonConverter"/> for every vocabulary type. Each vocabulary names this factory
/// in its generated <c>[JsonConverter]</c> attribute, so System.Text.Json's source generator treats the type as a single
/// JSON string and generates no metadata for its properties; options register it too, for reflection-based callers.
/// </summary>
/// <remarks>
/// Registered through options alone, the converter still works, but every context that names a vocabulary type then
/// describes it as an object (its codings, dates and relations: 24 more type infos in <c>StemCellJsonContext</c>), and
/// that metadata reaches SmartEnum's reflection: the NativeAOT start-up probe then fails to publish (IL2026, IL2070)
/// and, with those errors let through, has 16,701 types instead of 13,177.
/// </remarks>
internal sealed class VocabularyJsonConverterFactory : JsonConverterFactory
{
    internal static VocabularyJsonConverterFactory Instance { get; } = new();

    public override bool CanConvert(Type typeToConvert) => VocabularyJsonConverter.Instance.CanConvert(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        CanConvert(typeToConvert) ? VocabularyJsonConverter.Instance : null;
}
