from shadowline.cli import main

main()
