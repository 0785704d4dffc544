using System.Collections;
using System.Reflection;
using System.Text;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

public sealed partial class ClinicalTrialsGovReaderTests
{
    /// <summary>Every public property of a record, nested parts included, as text, so two reads can be compared whole.</summary>
    private static string RecordText(object? value)
    {
        var text = new StringBuilder();
        Write(value, text);
        return text.ToString();

        static void Write(object? value, StringBuilder text)
        {
            switch (value)
            {
                case null:
                    text.Append("null");
                    break;
                case string or Uri:
                    text.Append(value);
                    break;
                case ValueType when value is not IEnumerable:
                    text.Append(value);
                    break;
                case IEnumerable items:
                    text.Append('[');
                    foreach (var item in items)
                    {
                        Write(item, text);
                        text.Append(',');
                    }

                    text.Append(']');
                    break;
                default:
                    text.Append('{');
                    foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
                    {
                        text.Append(property.Name).Append('=');
                        Write(property.GetValue(value), text);
                        text.Append(';');
                    }

                    text.Append('}');
                    break;
            }
        }
    }
}
