package io.tunemall.examples.certificates;

/**
 * What staff upload, checked before it is kept: a PDF, JPEG or PNG (by its first bytes, not by what the browser
 * claims) of at most {@value #MAX_BYTES} bytes, with a title.
 */
record CertificateFile(String title, String issuer, String filename, String contentType, byte[] bytes) {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The problem with the upload, in Korean for the staff member, or null when it can be kept. */
    static String problemWith(String title, String filename, byte[] bytes) {
        if (title == null || title.isBlank()) {
            return "인증서 이름을 입력하세요.";
        }
        if (title.strip().length() > 100) {
            return "인증서 이름은 100자 이내로 입력하세요.";
        }
        if (bytes == null || bytes.length == 0) {
            return "인증서 파일을 선택하세요.";
        }
        if (bytes.length > MAX_BYTES) {
            return "인증서 파일은 5MB 이하여야 합니다.";
        }
        if (typeOf(bytes) == null) {
            return "PDF, JPEG, PNG 파일만 올릴 수 있습니다: " + filename;
        }
        return null;
    }

    /** The content type the file's first bytes say, or null for anything but PDF, JPEG and PNG. */
    static String typeOf(byte[] bytes) {
        if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(bytes, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
