#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small CSV test cases (one file per case, named after it).
Run from anywhere: python3 tests/data/csv/make_cases.py. The files are committed;
this script documents exactly which bytes each holds."""
import os, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))

def w(name, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)

w('basic_comma.csv', 'id,name,age,revenue\n1,Ann,34,10.5\n2,Bob,41,20.25\n3,Cem,29,0\n')
w('quoted_delimiters.csv', 'city,note\n"Paris, France","a, b, c"\nBerlin,plain\n')
w('doubled_quotes.csv', 'item,desc\nscreen,"27"" monitor"\ncable,"say ""hi"""\n')
w('quoted_newline_lf.csv', 'id,comment\n1,"first line\nsecond line"\n2,single\n')
w('quoted_newline_crlf.csv', 'id,comment\r\n1,"first line\r\nsecond line"\r\n2,single\r\n')
w('empty_quoted_vs_unquoted.csv', 'id,note\n1,""\n2,\n3,"a longer note, with spaces"\n4,another note here\n')
w('no_final_newline.csv', 'a,b\n1,2\n3,4')
w('blank_lines.csv', 'a,b\n\n1,2\n\n\n3,4\n\n')
w('semicolon.csv', 'name;qty;city\nAnn;3;Paris\nBob;5;Lyon\nCem;7;Nice\n')
w('tab_separated.csv', 'name\tqty\tcity\nAnn\t3\tParis, FR\nBob\t5\tLyon\n')
w('pipe_separated.csv', 'name|qty|city\nAnn|3|Paris\nBob|5|Lyon\n')
w('no_header.csv', '1,2.5,2024-01-01\n2,3.5,2024-01-02\n3,4.5,2024-01-03\n')
w('decimal_comma_semicolon.csv', 'product;weight;price\nA;57,8;1,5\nB;12,25;3,75\nC;3,0;10,0\n')
w('thousands_separators.csv', 'customer,revenue\nA,"1,234.50"\nB,"12,000.00"\nC,999.99\n')
w('thousands_dot_decimal_comma.csv', 'customer;revenue\nA;1.234,56\nB;12.000,00\nC;999,99\n')
w('utf8_bom.csv', '\ufeffname,city\nZoë,Zürich\nJosé,São Paulo\n')
w('utf16le_bom.csv', '\ufeffname,city\r\nZoë,Zürich\r\nJosé,São Paulo\r\n'.encode('utf-16-le'))
w('utf16be_bom.csv', '\ufeffname,city\r\nZoë,Zürich\r\nJosé,São Paulo\r\n'.encode('utf-16-be'))
w('windows1252.csv', 'name;city;price\nZoë;Zürich;5 €\nJosé;São Paulo;7 €\n'.encode('cp1252'))
# Mostly UTF-8 (é as two bytes) with one stray Latin-1 byte on line 3.
w('invalid_utf8_bytes.csv', 'name,city\nRené,Genève\n'.encode('utf-8') + b'Bad\xff,Paris\n' + 'Zoë,Köln\n'.encode('utf-8'))
w('types_all.csv',
  'customer_id,count,amount,member,newsletter,signup,last_seen,country,comment\n' +
  ''.join(f'C{i:04d},{i % 7},{i * 1.5:.2f},{"yes" if i % 2 else "no"},{"true" if i % 3 else "false"},'
          f'2024-01-{(i % 28) + 1:02d},2024-02-{(i % 28) + 1:02d}T10:{i % 60:02d}:00,{["DE","FR","NL"][i % 3]},'
          f'note number {i} about things\n' for i in range(1, 41)))
w('bool_zero_one_flag.csv', 'is_active,visits\n' + ''.join(f'{i % 2},{i % 2}\n' for i in range(30)))
w('dates_dmy.csv', 'day\n31/12/2024\n01/02/2024\n15/06/2023\n')
w('dates_mdy.csv', 'day\n12/31/2024\n01/02/2024\n06/15/2023\n')
w('dates_ambiguous.csv', 'day\n01/02/2024\n03/04/2024\n05/06/2024\n')
w('dates_german_dots.csv', 'tag;wert\n31.12.2024;1,5\n01.02.2024;2,5\n15.06.2023;3,5\n')
w('missing_tokens.csv', 'a,b\n1,x\nNA,y\nN/A,z\nnull,w\nNaN,v\n-,u\n?,t\n,s\n9,r\n')
w('na_namibia.csv', 'country,sales\n' + ''.join(f'{c},{i}\n' for i, c in enumerate(['DE', 'NA', 'FR', 'ZA', 'NA', 'BW', 'DE', 'FR', '', 'ZA'])))
w('ragged_rows.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n')
w('duplicate_headers.csv', 'x,x,,y\n1,2,3,4\n5,6,7,8\n')
w('leading_zero_codes.csv', 'zip,n\n01234,1\n02345,2\n10115,3\n')
w('header_only.csv', 'a,b,c\n')
w('empty.csv', '')
w('only_blank_lines.csv', '\n\n\r\n')
w('unclosed_quote.csv', 'a,b\n1,"never closed\n2,3\n')
w('stray_quote.csv', 'a,b\n1,"ab"c\n2,3\n')
w('formula_cells.csv', 'name,value\n=SUM(A1),-3.5\n+cmd,4\n@x,-\n')

def png_chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + png_chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 0, 0, 0, 0)) + \
      png_chunk(b'IDAT', zlib.compress(b'\x00\x00')) + png_chunk(b'IEND', b'')
w('png_renamed.csv', png)
