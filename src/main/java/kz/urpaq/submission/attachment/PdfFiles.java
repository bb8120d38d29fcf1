package kz.urpaq.submission.attachment;

import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The juror's copy of a PDF: the pages as they are drawn, without anything that names people or
 * acts on its own. Gone are the document information, every XMP {@code /Metadata} stream (of the
 * document, pages, pictures, fonts), {@code /PieceInfo} (editors' private data), annotations'
 * authors, embedded and associated files, signatures (their certificates name the signer),
 * outlines, article threads, page thumbnails, XFA form data, and every action but going to a page
 * of the same document: JavaScript, launching programs, opening web addresses, submitting forms.
 * Pictures stored as JPEG lose their EXIF and XMP as uploaded images do.
 */
final class PdfFiles {

    /** Keys whose values are metadata, private data, attached files or programs, wherever they are. */
    private static final Set<COSName> REMOVED_EVERYWHERE = Set.of(COSName.METADATA, COSName.PIECE_INFO,
            COSName.AA, COSName.JS, COSName.getPDFName("AF"), COSName.EF, COSName.getPDFName("Thumb"),
            COSName.getPDFName("LastModified"));
    private static final COSName NEEDS_RENDERING = COSName.getPDFName("NeedsRendering");
    /** Keys of the catalog that hold names, files, programs or the document's own navigation tree. */
    private static final Set<COSName> REMOVED_FROM_CATALOG = Set.of(COSName.OPEN_ACTION, COSName.OUTLINES,
            COSName.THREADS, COSName.PERMS, COSName.getPDFName("Legal"), COSName.getPDFName("SpiderInfo"),
            COSName.getPDFName("Collection"), COSName.URI, NEEDS_RENDERING);
    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    private static final COSName SIG = COSName.getPDFName("Sig");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final Set<COSName> MEDIA_ANNOTATIONS = Set.of(FILE_ATTACHMENT, COSName.getPDFName("Sound"),
            COSName.getPDFName("Movie"), COSName.getPDFName("Screen"), COSName.getPDFName("RichMedia"),
            COSName.getPDFName("3D"));

    private PdfFiles() {
    }

    /**
     * Refuses a dynamic XFA form: its pages hold only "please wait", and Adobe's reader draws the
     * form from the XFA data, which the juror's copy must not carry.
     */
    static void requireDrawnPages(PDDocument document) {
        if (document.getDocumentCatalog().getCOSObject().getBoolean(NEEDS_RENDERING, false)) {
            throw new AttachmentRejectedException(Reason.PDF_FORM_NEEDS_READER);
        }
    }

    /** Writes the juror's copy of {@code source} to {@code target}; temporary data goes to files, not memory. */
    static void blindCopy(Path source, Path target) throws IOException {
        try (var document = Loader.loadPDF(new RandomAccessReadBufferedFile(source),
                IOUtils.createTempFileOnlyStreamCache())) {
            // Encrypted PDFs never reach here: FileInspector refuses them at upload.
            requireDrawnPages(document);
            var trailer = document.getDocument().getTrailer();
            trailer.removeItem(COSName.INFO);
            var catalog = document.getDocumentCatalog().getCOSObject();
            REMOVED_FROM_CATALOG.forEach(catalog::removeItem);
            if (catalog.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names) {
                names.removeItem(COSName.JAVA_SCRIPT);
                names.removeItem(COSName.EMBEDDED_FILES);
                names.removeItem(COSName.getPDFName("AlternatePresentations"));
                names.removeItem(COSName.getPDFName("Renditions"));
            }
            if (catalog.getDictionaryObject(COSName.ACRO_FORM) instanceof COSDictionary form) {
                form.removeItem(COSName.XFA);
            }
            for (var page : document.getPages()) {
                var annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
                if (annotations == null) {
                    continue;
                }
                for (int i = annotations.size() - 1; i >= 0; i--) {
                    if (annotations.getObject(i) instanceof COSDictionary annotation
                            && MEDIA_ANNOTATIONS.contains(annotation.getCOSName(COSName.SUBTYPE))) {
                        annotations.remove(i);
                    }
                }
            }
            clean(trailer);
            try (var out = new BufferedOutputStream(Files.newOutputStream(target))) {
                document.save(out);
            }
        } catch (AttachmentRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // The upload already parsed; what PDFBox cannot rewrite counts as damaged.
            throw new AttachmentRejectedException(Reason.DAMAGED_PDF);
        }
    }

    /** Walks everything reachable from the trailer once, cleaning each dictionary on the way. */
    private static void clean(COSDictionary trailer) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var pending = new ArrayDeque<COSBase>();
        pending.add(trailer);
        while (!pending.isEmpty()) {
            var next = pending.poll();
            var object = next instanceof COSObject indirect ? indirect.getObject() : next;
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (object instanceof COSDictionary dictionary) {
                cleanDictionary(dictionary);
                pending.addAll(dictionary.getValues());
            } else if (object instanceof COSArray array) {
                array.forEach(pending::add);
            }
        }
    }

    private static void cleanDictionary(COSDictionary dictionary) throws IOException {
        REMOVED_EVERYWHERE.forEach(dictionary::removeItem);
        if (dictionary.getDictionaryObject(COSName.A) instanceof COSDictionary action && !isGoTo(action)) {
            dictionary.removeItem(COSName.A);
        }
        if (isGoTo(dictionary)) {
            dictionary.removeItem(COSName.NEXT);
        }
        var subtype = dictionary.getCOSName(COSName.SUBTYPE);
        boolean annotation = COSName.ANNOT.equals(dictionary.getCOSName(COSName.TYPE))
                || dictionary.containsKey(COSName.RECT) && subtype != null;
        if (annotation && !COSName.WIDGET.equals(subtype)) {
            // /T of a markup annotation is its author; of a form field (widget), the field's name.
            dictionary.removeItem(COSName.T);
        }
        if (SIG.equals(dictionary.getCOSName(COSName.FT))) {
            dictionary.removeItem(COSName.V);
        }
        if (SIG.equals(dictionary.getCOSName(COSName.TYPE)) || dictionary.containsKey(COSName.BYTERANGE)) {
            for (var key : Set.copyOf(dictionary.keySet())) {
                if (!COSName.TYPE.equals(key)) {
                    dictionary.removeItem(key);
                }
            }
        }
        if (dictionary instanceof COSStream stream && isOnlyDct(stream)) {
            withoutJpegMetadata(stream);
        }
    }

    private static boolean isGoTo(COSDictionary action) {
        return GO_TO.equals(action.getCOSName(COSName.S));
    }

    private static boolean isOnlyDct(COSStream stream) {
        var filter = stream.getDictionaryObject(COSName.FILTER);
        return COSName.DCT_DECODE.equals(filter)
                || filter instanceof COSArray array && array.size() == 1 && COSName.DCT_DECODE.equals(array.getObject(0));
    }

    /** A picture stored as JPEG keeps its compressed data and loses its APP segments and comments. */
    private static void withoutJpegMetadata(COSStream stream) throws IOException {
        var cleaned = new ByteArrayOutputStream();
        try (var in = new DataInputStream(new BufferedInputStream(stream.createRawInputStream()));
             var out = new DataOutputStream(cleaned)) {
            ImageFiles.copyJpegPicture(in, out, false);
        } catch (IOException e) {
            // Not a JPEG the filter understands, or cut short: left as it is, viewers show what they can.
            return;
        }
        try (var raw = stream.createRawOutputStream()) {
            cleaned.writeTo(raw);
        }
    }
}
