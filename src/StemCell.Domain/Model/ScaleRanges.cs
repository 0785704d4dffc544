using System.Globalization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Model;

/// <summary>Describes a clinical scale's range in words, for the messages of the results on it.</summary>
internal static class ScaleRanges
{
    internal static string Describe(ClinicalScale scale)
    {
        var range = (scale.Minimum, scale.Maximum) switch
        {
            (decimal min, decimal max) => string.Create(CultureInfo.InvariantCulture, $"from {min} to {max}"),
            (decimal min, null) => string.Create(CultureInfo.InvariantCulture, $"from {min} upwards"),
            (null, decimal max) => string.Create(CultureInfo.InvariantCulture, $"up to {max}"),
            _ => "without bounds",
        };
        return scale.Step is decimal step ? string.Create(CultureInfo.InvariantCulture, $"{range} in steps of {step}") : range;
    }
}
