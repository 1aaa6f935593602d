using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SimWorkbench.Scenarios.Yaml;

/// <summary>
/// Writes a tree back as YAML text, through YamlDotNet's emitter so that every scalar is quoted
/// where it must be: plain scalars stay plain when YAML allows it, quoted ones are written
/// double-quoted. Read back, the text gives the same tree (positions aside); comments and anchors
/// are not kept (an alias is written out in full).
/// </summary>
internal static class YamlTreeWriter
{
    /// <summary>The tree as one YAML document, preceded by <paramref name="header"/> as comment lines.</summary>
    public static string Write(YamlNode root, IEnumerable<string> header)
    {
        var text = new StringWriter { NewLine = "\n" };
        foreach (var line in header)
        {
            text.Write("# ");
            text.WriteLine(line);
        }

        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Emit(IEmitter emitter, YamlNode node)
    {
        switch (node)
        {
            case YamlMap map:
                emitter.Emit(new MappingStart());
                foreach (var entry in map.Entries)
                {
                    Emit(emitter, entry.Key);
                    Emit(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case YamlList list:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
                foreach (var item in list.Items)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlScalar scalar:
                var style = scalar.IsPlain ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
                emitter.Emit(new Scalar(null, null, scalar.Value, style, isPlainImplicit: scalar.IsPlain, isQuotedImplicit: !scalar.IsPlain));
                break;
            default:
                throw new ArgumentException($"Unknown YAML node {node.GetType().Name}.", nameof(node));
        }
    }
}
