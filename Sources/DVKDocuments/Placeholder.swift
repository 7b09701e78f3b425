// Documents: award lists and annexes (DOCX, XLSX, HTML, text, CSV).
